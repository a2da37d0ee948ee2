package org.precedent.search;

import com.carrotsearch.hppc.IntHashSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.PriorityQueue;
import org.precedent.index.Fields;

/**
 * The second pass over a {@link MatchSet}: counts the matches that survive collapsing, counts their
 * facet values by ordinal, and keeps only the best {@code n} of them in the requested order. A
 * query therefore costs a few doc-value reads per match, and objects and id strings only for the
 * page.
 *
 * <p>The order is that of {@link ProvisionSearcher#order}, whose last tie-break is the id string,
 * which this pass does not read. So every match that ties with the n-th on everything but the id is
 * kept as well, and the caller's full sort settles the page exactly.
 */
final class Ranking {
  /** Kept matches, their facet counts (unordered), and the best ones with every boundary tie. */
  record Result(int total, List<Map<String, Integer>> facetCounts, TopDocs best) {}

  private final SortOrder sort;
  private final int n;

  Ranking(SortOrder sort, int n) {
    this.sort = sort;
    this.n = n;
  }

  Result rank(IndexSearcher searcher, MatchSet matches) throws IOException {
    List<Map<String, Integer>> facetCounts = new ArrayList<>();
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      facetCounts.add(new HashMap<>());
    }
    Queue queue = new Queue(n);
    Ranked[] spare = {new Ranked()};
    int[] total = {0};
    forEachKept(
        searcher,
        matches,
        (i, columns, doc) -> {
          total[0]++;
          columns.count(doc);
          columns.fill(spare[0], matches.doc(i), matches.score(i), doc);
          spare[0] = queue.insertWithOverflow(spare[0]);
          if (spare[0] == null) {
            spare[0] = new Ranked();
          }
        },
        columns -> columns.addCountsTo(facetCounts));
    List<ScoreDoc> best = new ArrayList<>();
    IntHashSet inQueue = new IntHashSet();
    for (Ranked r : queue) {
      best.add(new ScoreDoc(r.doc, r.score));
      inQueue.add(r.doc);
    }
    if (total[0] > queue.size()) {
      addTies(searcher, matches, queue.top(), inQueue, best);
    }
    return new Result(
        total[0],
        facetCounts,
        new TopDocs(
            new TotalHits(total[0], TotalHits.Relation.EQUAL_TO), best.toArray(new ScoreDoc[0])));
  }

  /** Kept matches outside the queue that tie with its last entry on everything but the id. */
  private void addTies(
      IndexSearcher searcher,
      MatchSet matches,
      Ranked last,
      IntHashSet inQueue,
      List<ScoreDoc> best)
      throws IOException {
    Ranked probe = new Ranked();
    forEachKept(
        searcher,
        matches,
        (i, columns, doc) -> {
          if (!inQueue.contains(matches.doc(i))) {
            columns.fill(probe, matches.doc(i), matches.score(i), doc);
            if (compareKeys(probe, last) == 0) {
              best.add(new ScoreDoc(probe.doc, probe.score));
            }
          }
        },
        columns -> {});
  }

  /** What to do with one kept match: its index in the set, its leaf's columns, its leaf doc id. */
  private interface KeptMatch {
    void accept(int i, Columns columns, int doc) throws IOException;
  }

  /** What to do once a leaf's matches have all been seen. */
  private interface LeafDone {
    void accept(Columns columns) throws IOException;
  }

  /**
   * Walks the kept matches leaf by leaf in doc order, the order doc values can be read in, with a
   * fresh set of columns per leaf.
   */
  private static void forEachKept(
      IndexSearcher searcher, MatchSet matches, KeptMatch visit, LeafDone leafDone)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < matches.size()) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(matches.doc(i), leaves));
      Columns columns = new Columns(leaf.reader());
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (; i < matches.size() && matches.doc(i) < end; i++) {
        if (matches.kept(i)) {
          visit.accept(i, columns, matches.doc(i) - leaf.docBase);
        }
      }
      leafDone.accept(columns);
    }
  }

  /** Negative when {@code a} ranks before {@code b}, ignoring the id tie-break. */
  private int compareKeys(Ranked a, Ranked b) {
    int byScore = Double.compare(b.weighted, a.weighted);
    int byDate = Long.compare(b.date, a.date);
    int byAuthority = Long.compare(a.authority, b.authority);
    return switch (sort) {
      case RELEVANCE -> byScore != 0 ? byScore : byAuthority != 0 ? byAuthority : byDate;
      case DATE -> byDate != 0 ? byDate : byScore;
      case AUTHORITY -> byAuthority != 0 ? byAuthority : byDate != 0 ? byDate : byScore;
    };
  }

  /** One match's sort keys; reused, so the queue allocates only while it fills. */
  private static final class Ranked {
    int doc;
    float score;
    double weighted;
    long authority;
    long date;
  }

  /** Holds the best n; its top is the one ranking last. Doc id breaks key ties, for determinism. */
  private final class Queue extends PriorityQueue<Ranked> {
    Queue(int n) {
      super(n);
    }

    @Override
    protected boolean lessThan(Ranked a, Ranked b) {
      int c = compareKeys(a, b);
      return c != 0 ? c > 0 : a.doc > b.doc;
    }
  }

  /** One leaf's doc values: sort keys, and facet counts by ordinal, named once per leaf. */
  private static final class Columns {
    private final NumericDocValues authority;
    private final NumericDocValues date;
    private final SortedSetDocValues[] facets = new SortedSetDocValues[Candidate.FIELDS.size()];
    private final int[][] counts = new int[Candidate.FIELDS.size()][];

    Columns(LeafReader reader) throws IOException {
      authority = DocValues.getNumeric(reader, Fields.AUTHORITY);
      date = DocValues.getNumeric(reader, Fields.DATE_SORT);
      for (int f = 0; f < facets.length; f++) {
        facets[f] = DocValues.getSortedSet(reader, Candidate.FIELDS.get(f));
        counts[f] = new int[Math.toIntExact(facets[f].getValueCount())];
      }
    }

    void fill(Ranked r, int globalDoc, float score, int doc) throws IOException {
      r.doc = globalDoc;
      r.score = score;
      r.authority = authority.advanceExact(doc) ? authority.longValue() : Long.MAX_VALUE;
      r.date = date.advanceExact(doc) ? date.longValue() : 0;
      r.weighted = ProvisionSearcher.weighted(score, r.authority);
    }

    /** Counts the first value of each facet, as {@link Candidate} reads it. */
    void count(int doc) throws IOException {
      for (int f = 0; f < facets.length; f++) {
        if (facets[f].advanceExact(doc)) {
          counts[f][Math.toIntExact(facets[f].nextOrd())]++;
        }
      }
    }

    void addCountsTo(List<Map<String, Integer>> out) throws IOException {
      for (int f = 0; f < facets.length; f++) {
        for (int ord = 0; ord < counts[f].length; ord++) {
          if (counts[f][ord] > 0) {
            out.get(f).merge(facets[f].lookupOrd(ord).utf8ToString(), counts[f][ord], Integer::sum);
          }
        }
      }
    }
  }
}
