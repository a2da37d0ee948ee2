package org.precedent.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * The published index, opened once and shared: one {@link SearcherManager}, acquired and released
 * per use, never a lock around the searcher. Provisions are read back from their stored records.
 */
public final class ProvisionIndex implements Closeable {
  private static final Sort DOCUMENT_ORDER =
      new Sort(
          new SortField(Fields.ORDINAL, SortField.Type.LONG),
          new SortField(Fields.ID, SortField.Type.STRING));
  private final FSDirectory directory;
  private final SearcherManager searchers;
  private final Map<String, String> commitData;

  private ProvisionIndex(
      FSDirectory directory, SearcherManager searchers, Map<String, String> data) {
    this.directory = directory;
    this.searchers = searchers;
    this.commitData = data;
  }

  /** Opens the published index, or fails with a message saying how to build one. */
  public static ProvisionIndex open(IndexStore store) {
    Path dir =
        store
            .current()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no index in " + store.root() + "; run './precedent index' to build it"));
    try {
      FSDirectory directory = FSDirectory.open(dir);
      Map<String, String> data;
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        data = Map.copyOf(reader.getIndexCommit().getUserData());
      }
      return new ProvisionIndex(directory, new SearcherManager(directory, null), data);
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
          return Optional.of(record(searcher, top.scoreDocs[0].doc));
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
          List<Provision> out = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            out.add(record(searcher, sd.doc));
          }
          return out;
        });
  }

  /** Provision counts per instrument id. */
  public Map<String, Integer> countsByInstrument(List<String> instruments) {
    return withSearcher(
        searcher -> {
          Map<String, Integer> out = new LinkedHashMap<>();
          for (String id : instruments) {
            out.put(id, searcher.count(new TermQuery(new Term(Fields.INSTRUMENT, id))));
          }
          return out;
        });
  }

  public static Provision record(IndexSearcher searcher, int doc) throws IOException {
    Document stored = searcher.storedFields().document(doc, java.util.Set.of(Fields.RECORD));
    return ProvisionDocuments.fromJson(stored.get(Fields.RECORD));
  }

  public String snapshot() {
    return commitData.getOrDefault(Indexer.SNAPSHOT, "");
  }

  public int size() {
    return Integer.parseInt(commitData.getOrDefault(Indexer.PROVISIONS, "0"));
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }
}
