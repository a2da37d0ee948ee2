package org.precedent.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.precedent.index.Fields;

/**
 * A matching document with the facts that sort, collapse and facet it, read from doc values (no
 * stored-field loading until a hit is shown).
 */
record Candidate(int doc, float score, String id, long authority, long date, String[] facets) {
  /** Facet names, in the order of {@link #facets}. */
  static final List<String> FACETS = List.of("instrument", "status", "kind", "year");

  /** The doc-value field of each facet, in the order of {@link #FACETS}. */
  static final List<String> FIELDS = Fields.FACETS;

  /** The value of facet {@code i} of {@link #FACETS}, or null. */
  String facet(int i) {
    return facets[i];
  }

  /** Facts for every scored document; doc values are read leaf by leaf in doc-id order. */
  static List<Candidate> all(IndexSearcher searcher, TopDocs top) throws IOException {
    ScoreDoc[] docs = top.scoreDocs.clone();
    Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Candidate> out = new ArrayList<>(docs.length);
    int i = 0;
    while (i < docs.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      Columns columns = new Columns(leaf.reader());
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (; i < docs.length && docs[i].doc < end; i++) {
        out.add(columns.read(docs[i], docs[i].doc - leaf.docBase));
      }
    }
    return out;
  }

  /**
   * One leaf's doc-value columns. Facet values are few (statuses, years, instruments) and shared by
   * many matches, so each is decoded once per leaf, not once per match.
   */
  private static final class Columns {
    private final SortedDocValues id;
    private final NumericDocValues authority;
    private final NumericDocValues date;
    private final SortedSetDocValues[] facets = new SortedSetDocValues[FIELDS.size()];
    private final List<Map<Long, String>> decoded = new ArrayList<>();

    Columns(LeafReader reader) throws IOException {
      id = DocValues.getSorted(reader, Fields.ID);
      authority = DocValues.getNumeric(reader, Fields.AUTHORITY);
      date = DocValues.getNumeric(reader, Fields.DATE_SORT);
      for (int f = 0; f < FIELDS.size(); f++) {
        facets[f] = DocValues.getSortedSet(reader, FIELDS.get(f));
        decoded.add(new HashMap<>());
      }
    }

    Candidate read(ScoreDoc scored, int doc) throws IOException {
      String idValue = id.advanceExact(doc) ? id.lookupOrd(id.ordValue()).utf8ToString() : "";
      long rank = authority.advanceExact(doc) ? authority.longValue() : Long.MAX_VALUE;
      long when = date.advanceExact(doc) ? date.longValue() : 0;
      String[] values = new String[FIELDS.size()];
      for (int f = 0; f < FIELDS.size(); f++) {
        SortedSetDocValues dv = facets[f];
        if (dv.advanceExact(doc)) {
          long ord = dv.nextOrd();
          Map<Long, String> names = decoded.get(f);
          String name = names.get(ord);
          if (name == null) {
            name = dv.lookupOrd(ord).utf8ToString();
            names.put(ord, name);
          }
          values[f] = name;
        }
      }
      return new Candidate(scored.doc, scored.score, idValue, rank, when, values);
    }
  }
}
