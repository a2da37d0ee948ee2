package org.precedent.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * The published index, opened once and shared: one {@link SearcherManager}, acquired and released
 * per use, never a lock around the searcher. Provisions are read back from their stored records.
 */
public final class ProvisionIndex implements Closeable {
  /** Every searcher scores with {@link ProvisionSimilarity}. */
  private static final SearcherFactory SEARCHERS =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(new ProvisionSimilarity());
          return searcher;
        }
      };

  private static final Sort DOCUMENT_ORDER =
      new Sort(
          new SortField(Fields.ORDINAL, SortField.Type.LONG),
          new SortField(Fields.ID, SortField.Type.STRING));
  private final IndexStore store;
  // Swapped whole when a new build is published, so a reader never mixes two indexes.
  private volatile Opened opened;

  /** One opened build: its directory, the shared searchers over it and its commit data. */
  private record Opened(
      FSDirectory directory, SearcherManager searchers, Map<String, String> data) {}

  private ProvisionIndex(IndexStore store, Opened opened) {
    this.store = store;
    this.opened = opened;
  }

  /**
   * Switches to the build now published in the store (after an ingest or reindex). Searches in
   * flight finish on the old readers, which Lucene keeps alive until they are released.
   */
  public synchronized void reopen() throws IOException {
    Opened previous = opened;
    opened = openCurrent(store);
    previous.searchers().close();
    previous.directory().close();
  }

  /** Opens the published index, or fails with a message saying how to build one. */
  public static ProvisionIndex open(IndexStore store) {
    return new ProvisionIndex(store, openCurrent(store));
  }

  private static Opened openCurrent(IndexStore store) {
    Path dir =
        store
            .current()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no index in " + store.root() + "; run './precedent index' to build it"));
    try {
      FSDirectory directory = FSDirectory.open(dir);
      DirectoryReader reader = null;
      try {
        // One reader, handed to the manager: opening the segments twice doubles the cold start.
        reader = DirectoryReader.open(directory);
        Map<String, String> data = Map.copyOf(reader.getIndexCommit().getUserData());
        return new Opened(directory, new SearcherManager(reader, SEARCHERS), data);
      } catch (IOException | RuntimeException e) {
        if (reader != null) {
          reader.close();
        }
        directory.close();
        throw e;
      }
    } catch (IndexNotFoundException e) {
      throw new IllegalStateException(
          "index at " + dir + " is incomplete or corrupt; run './precedent index' to rebuild it",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} with an acquired searcher and always releases it. */
  public <T> T withSearcher(SearcherWork<T> work) {
    try {
      return withOpened(work);
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      return withOpened(work); // raced with reopen(): the new build is in place now
    }
  }

  private <T> T withOpened(SearcherWork<T> work) {
    try {
      SearcherManager searchers = opened.searchers();
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed: " + e.getMessage(), e);
    }
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  public Optional<Provision> provision(ProvisionId id) {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id.toString())), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(
              record(searcher.storedFields(), new ViewReader(searcher), top.scoreDocs[0].doc));
        });
  }

  /** Every provision of an instrument in document order. */
  public List<Provision> provisions(String instrument) {
    return all(new TermQuery(new Term(Fields.INSTRUMENT, instrument)));
  }

  /** All provisions matching {@code query}, unranked, by instrument then document order. */
  public List<Provision> all(Query query) {
    return withSearcher(
        searcher -> {
          int max = Math.max(1, searcher.count(query));
          TopDocs top = searcher.search(query, max, DOCUMENT_ORDER);
          StoredFields fields = searcher.storedFields();
          ViewReader views = new ViewReader(searcher);
          List<Provision> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            out.add(record(fields, views, sd.doc));
          }
          return out;
        });
  }

  /**
   * Provision counts per instrument id, from one walk over the instrument terms (a query per
   * instrument took seconds over twenty thousand instruments). Ids the index lacks count 0.
   */
  public Map<String, Integer> countsByInstrument(List<String> instruments) {
    return withSearcher(
        searcher -> {
          Map<String, Integer> found = new HashMap<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            countTerms(leaf.reader(), found);
          }
          Map<String, Integer> out = new LinkedHashMap<>();
          for (String id : instruments) {
            out.put(id, found.getOrDefault(id, 0));
          }
          return out;
        });
  }

  private static void countTerms(LeafReader reader, Map<String, Integer> counts)
      throws IOException {
    Terms terms = reader.terms(Fields.INSTRUMENT);
    if (terms == null) {
      return;
    }
    Bits live = reader.getLiveDocs();
    TermsEnum each = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      int n;
      if (live == null) {
        n = each.docFreq();
      } else {
        // Deleted documents still count in docFreq: count the live ones.
        postings = each.postings(postings, PostingsEnum.NONE);
        n = 0;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          n += live.get(d) ? 1 : 0;
        }
      }
      counts.merge(term.utf8ToString(), n, Integer::sum);
    }
  }

  /**
   * The provision at {@code doc}, read through {@code fields} ({@link IndexSearcher#storedFields})
   * and {@code views}, which a caller reading a page of provisions opens once: each opening of
   * stored fields clones the reader's inputs, and over a million provisions a record read through a
   * fresh one took 10-18 µs against 7 µs through one kept for the page; each opening of the views
   * allocates a buffer for the longest ({@link ViewReader}).
   */
  public static Provision record(StoredFields fields, ViewReader views, int doc)
      throws IOException {
    Document stored = fields.document(doc, java.util.Set.of(Fields.RECORD));
    return ProvisionDocuments.fromJson(stored.get(Fields.RECORD), views.view(doc).text());
  }

  public String snapshot() {
    return opened.data().getOrDefault(Indexer.SNAPSHOT, "");
  }

  /** The layout version the index was written with ({@link Indexer#LAYOUT}); "" before versions. */
  public String layout() {
    return opened.data().getOrDefault(Indexer.LAYOUT_KEY, "");
  }

  public int size() {
    return Integer.parseInt(opened.data().getOrDefault(Indexer.PROVISIONS, "0"));
  }

  @Override
  public synchronized void close() throws IOException {
    opened.searchers().close();
    opened.directory().close();
  }
}
