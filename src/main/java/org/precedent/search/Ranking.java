package org.precedent.search;

import com.carrotsearch.hppc.LongFloatHashMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.PriorityQueue;
import org.precedent.index.Indexer;

/**
 * Collects every match of a query in one pass: counts the matches that survive collapsing, counts
 * their facet values, and keeps only the best {@code n} of them in the requested order.
 *
 * <p>Collapsing drops a provision when one of its descendants matched at least as well (the smaller
 * unit is the better citation). Only a provision with descendants can be dropped, so every other
 * match is ranked as soon as it is seen; the few with descendants wait until the pass has seen all
 * of theirs. Every value read comes from the reader's {@link ReaderColumns}: a match costs a few
 * array reads, and objects and id strings are made for the page alone. Nothing grows with the
 * number of matches except the waiting provisions with descendants.
 *
 * <p>A match's score is the query's plus its exact-wording bonus ({@link ExactBonus}), scored only
 * where it could change the page: for a match that, with the largest bonus it could get, would rank
 * at least as high as the last one kept, and for every match collapsing compares.
 *
 * <p>The order is that of {@link ProvisionSearcher#order}, whose last tie-break is the id string,
 * which this pass does not read. So every match that ties with the n-th on everything but the id is
 * kept as well, and the caller's full sort settles the page exactly.
 *
 * <p>Counting may stop after {@code countUpTo} matches: the total and the facet counts are then
 * those of the first {@code countUpTo} matches that no collapsing can drop, lower bounds. In
 * relevance order Lucene is from there on told the lowest score that could still reach the page, so
 * it skips whole blocks of matches that could not (its block-max scoring). Over a million
 * provisions "trafficking" (679,000 matches) then takes 3 ms instead of 16. The page stays exact: a
 * skipped match ranks after the page's last even with the largest authority weight and
 * exact-wording bonus, and so does any provision only its collapsing would have dropped.
 *
 * <p>In authority order, once counting stops, a leaf in {@link Indexer#AUTHORITY_ORDER} is left at
 * its first match of lesser authority than the page's last: every match after it ranks later still.
 * A provision and its descendants share one instrument and so one authority, so none that
 * collapsing compares with a match on the page is left unread. Date order follows nothing the index
 * is sorted by: every match is still read, and once counting stops one older than the page's last
 * is passed over on its date, its facet values unread.
 */
final class Ranking extends SimpleCollector {
  /**
   * Kept matches, the most frequent values of each facet (most frequent first), and the best ones
   * with every boundary tie.
   */
  record Result(int total, boolean exact, List<Map<String, Integer>> facetCounts, TopDocs best) {}

  /** The largest factor {@link ProvisionSearcher#weighted} applies to a score (authority 0). */
  private static final double MAX_WEIGHT = ProvisionSearcher.weighted(1f, 0);

  /**
   * Scores are floats and the weighting is a double product: the floor handed to Lucene is lowered
   * by far more than any rounding, so that it never skips a match that ties with the page's last.
   */
  private static final double FLOOR_SLACK = 1e-5;

  private final SortOrder sort;
  private final int maxFacetValues;
  private final ExactBonus bonus;
  private final ReaderColumns columns;
  private final List<LeafReaderContext> leaves;
  private final int[] facetCounts;
  private final Queue queue;
  // Matches pushed out of the queue (or never let in) while tying with its last entry on every
  // key: the only ones that can tie with the final last entry, since that entry never ranks after
  // an earlier one. Gathered here, they spare a second pass over every match.
  private final List<Ranked> tied = new ArrayList<>();
  private Ranked spare = new Ranked();
  private int total;

  /** Matches counted before the rest may be skipped; {@code Integer.MAX_VALUE} counts them all. */
  private final int countUpTo;

  /** False once {@code countUpTo} matches are counted: the rest are ranked, not counted. */
  private boolean counting = true;

  /** The score below which the current leaf's scorer may skip matches. */
  private float floor;

  /** Whether the current leaf holds its provisions in {@link Indexer#AUTHORITY_ORDER}. */
  private boolean byAuthority;

  /**
   * The largest authority weight of any match still to come in the current leaf: a treaty's, until
   * a leaf in authority order has passed its treaties.
   */
  private double weightBound;

  /** Best score of any matching descendant, by ancestor node key. */
  private final LongFloatHashMap bestDescendant = new LongFloatHashMap();

  private int[] waitingDocs = new int[16];
  private float[] waitingScores = new float[16];
  private int waiting;

  private int base;
  private Scorable scorer;

  /**
   * Keeps the best {@code n} in {@code sort} order and lists at most {@code maxFacetValues} per
   * facet, over the reader of {@code searcher}; a match's score is the query's plus its {@code
   * bonus}. Counts every match.
   */
  Ranking(IndexSearcher searcher, SortOrder sort, int n, int maxFacetValues, ExactBonus bonus) {
    this(searcher, sort, n, maxFacetValues, bonus, Integer.MAX_VALUE);
  }

  /** As above, but stops counting after {@code countUpTo} matches. */
  Ranking(
      IndexSearcher searcher,
      SortOrder sort,
      int n,
      int maxFacetValues,
      ExactBonus bonus,
      int countUpTo) {
    if (countUpTo < 1) {
      throw new IllegalArgumentException("countUpTo must be positive: " + countUpTo);
    }
    this.countUpTo = countUpTo;
    this.sort = sort;
    this.maxFacetValues = maxFacetValues;
    this.bonus = bonus;
    this.columns = ReaderColumns.of(searcher.getIndexReader());
    this.leaves = searcher.getIndexReader().leaves();
    this.facetCounts = columns.newCounts();
    this.queue = new Queue(n);
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    base = context.docBase;
    bonus.setLeaf(context);
    byAuthority = Indexer.AUTHORITY_ORDER.equals(context.reader().getMetaData().getSort());
    weightBound = MAX_WEIGHT;
  }

  @Override
  public void setScorer(Scorable scorer) throws IOException {
    this.scorer = scorer;
    floor = 0;
    if (!counting && sort == SortOrder.RELEVANCE) {
      raiseFloor();
    }
  }

  @Override
  public ScoreMode scoreMode() {
    // Top-scores mode lets the scorer skip; it is only asked to once counting stops, and only in
    // relevance order: in the others the score breaks ties, so every match's must be exact.
    return sort == SortOrder.RELEVANCE && countUpTo != Integer.MAX_VALUE
        ? ScoreMode.TOP_SCORES
        : ScoreMode.COMPLETE;
  }

  @Override
  public void collect(int leafDoc) throws IOException {
    int doc = base + leafDoc;
    if (byAuthority && sort != SortOrder.DATE) {
      long rank = columns.authority(doc);
      if (rank != ReaderColumns.NO_AUTHORITY) {
        if (sort == SortOrder.AUTHORITY && !counting && behindThePage(rank)) {
          throw new CollectionTerminatedException();
        }
        // Every later match of the leaf has this rank or a lower one.
        weightBound = ProvisionSearcher.weighted(1f, rank);
      }
    }
    float score = scorer.score();
    if (bonus.any() && (collapses(doc) || couldRank(doc, score + bonus.bound(score)))) {
      score += bonus.at(leafDoc);
    }
    for (int at = columns.ancestorsFrom(doc), end = columns.ancestorsFrom(doc + 1);
        at < end;
        at++) {
      long ancestor = columns.ancestorKey(at);
      int slot = bestDescendant.indexOf(ancestor);
      if (!bestDescendant.indexExists(slot)) {
        bestDescendant.indexInsert(slot, ancestor, score);
      } else if (score > bestDescendant.indexGet(slot)) {
        bestDescendant.indexReplace(slot, score);
      }
    }
    if (columns.hasDescendants(doc)) {
      if (waiting == waitingDocs.length) {
        waitingDocs = Arrays.copyOf(waitingDocs, waiting * 2);
        waitingScores = Arrays.copyOf(waitingScores, waiting * 2);
      }
      waitingDocs[waiting] = doc;
      waitingScores[waiting] = score;
      waiting++;
    } else {
      keep(doc, score);
    }
    if (counting && total >= countUpTo) {
      counting = false;
    }
    if (!counting && sort == SortOrder.RELEVANCE) {
      raiseFloor();
    }
  }

  /**
   * Whether a match of authority {@code rank} ranks after the page's last in authority order,
   * whatever its date and score: the page is full and its last is of higher authority.
   */
  private boolean behindThePage(long rank) {
    return queue.size() == queue.capacity && rank > queue.top().authority;
  }

  /**
   * Tells the scorer the lowest score that could still rank with the page's last: a match scoring
   * less ranks after it even with the largest authority weight still to come and with the largest
   * bonus, which is at most the segment's largest and at most a share of the match's own score. A
   * provision that only its collapsing would drop stays behind the page too: the descendant that
   * would have dropped it was skipped, so it scores below the floor, and the provision no higher
   * (it has the descendant's authority, since both belong to one instrument).
   */
  private void raiseFloor() throws IOException {
    if (queue.size() < queue.capacity) {
      return;
    }
    double last = queue.top().weighted / weightBound;
    float lowest =
        (float) (Math.max(last - bonus.max(), last / bonus.factor()) * (1 - FLOOR_SLACK));
    if (lowest > floor) {
      floor = lowest;
      scorer.setMinCompetitiveScore(floor);
    }
  }

  /**
   * Whether collapsing compares this match's score with another's: a provision with descendants, or
   * one with ancestors. Such a score must be exact whatever its rank.
   */
  private boolean collapses(int doc) {
    return columns.hasDescendants(doc)
        || columns.ancestorsFrom(doc) < columns.ancestorsFrom(doc + 1);
  }

  /**
   * Whether a match scoring at most {@code bound} could be kept: the queue is not full, or the
   * bound ranks before its last entry or ties with it.
   */
  private boolean couldRank(int doc, float bound) {
    if (queue.size() < queue.capacity) {
      return true;
    }
    if (afterTheLast(doc, bound)) {
      return false;
    }
    spare.fill(doc, bound, columns);
    return compareKeys(spare, queue.top()) <= 0;
  }

  private void keep(int doc, float score) {
    if (counting) {
      total++;
      columns.count(doc, facetCounts);
    }
    if (afterTheLast(doc, score)) {
      return;
    }
    spare.fill(doc, score, columns);
    Ranked out = queue.insertWithOverflow(spare);
    if (out != null && compareKeys(out, queue.top()) == 0) {
      tied.add(out);
      out = null;
    }
    spare = out == null ? new Ranked() : out;
  }

  /**
   * Whether a match scoring {@code score} ranks after the page's last on the order's first key
   * alone, the page being full. Most matches do, and deciding it from one value spares reading the
   * others from their arrays (a load from memory each, for each of thousands of matches) and the
   * queue's comparison.
   */
  private boolean afterTheLast(int doc, float score) {
    if (queue.size() < queue.capacity) {
      return false;
    }
    Ranked last = queue.top();
    return switch (sort) {
      case RELEVANCE -> ProvisionSearcher.weighted(score, columns.authority(doc)) < last.weighted;
      case AUTHORITY -> behindThePage(columns.authority(doc));
      case DATE -> columns.date(doc) < last.date;
    };
  }

  /**
   * The result, once the search has passed every match to {@link #collect}. Where counting stopped
   * early, the provisions with descendants are ranked but not counted: the total is then {@code
   * countUpTo} matches that no collapsing can drop.
   */
  Result result() throws IOException {
    for (int i = 0; i < waiting; i++) {
      int slot = bestDescendant.indexOf(columns.node(waitingDocs[i]));
      if (!bestDescendant.indexExists(slot) || waitingScores[i] > bestDescendant.indexGet(slot)) {
        keep(waitingDocs[i], waitingScores[i]);
      }
    }
    waiting = 0;
    List<ScoreDoc> best = new ArrayList<>();
    for (Ranked r : queue) {
      best.add(new ScoreDoc(r.doc, r.score));
    }
    Ranked last = queue.top();
    for (Ranked r : tied) {
      if (compareKeys(r, last) == 0) {
        best.add(new ScoreDoc(r.doc, r.score));
      }
    }
    TotalHits.Relation relation =
        counting ? TotalHits.Relation.EQUAL_TO : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    return new Result(
        total,
        counting,
        columns.top(facetCounts, maxFacetValues, leaves),
        new TopDocs(new TotalHits(total, relation), best.toArray(new ScoreDoc[0])));
  }

  /** Negative when {@code a} ranks before {@code b}, ignoring the id tie-break. */
  private int compareKeys(Ranked a, Ranked b) {
    int byScore = Double.compare(b.weighted, a.weighted);
    int byDate = Long.compare(b.date, a.date);
    int byAuthority = Long.compare(a.authority, b.authority);
    return switch (sort) {
      case RELEVANCE -> byScore != 0 ? byScore : byAuthority != 0 ? byAuthority : byDate;
      case DATE -> byDate != 0 ? byDate : byScore;
      case AUTHORITY -> byAuthority != 0 ? byAuthority : byScore != 0 ? byScore : byDate;
    };
  }

  /** One match's sort keys; reused, so the queue allocates only while it fills. */
  private static final class Ranked {
    int doc;
    float score;
    double weighted;
    long authority;
    long date;

    void fill(int globalDoc, float matchScore, ReaderColumns columns) {
      doc = globalDoc;
      score = matchScore;
      authority = columns.authority(globalDoc);
      date = columns.date(globalDoc);
      weighted = ProvisionSearcher.weighted(matchScore, authority);
    }
  }

  /** Holds the best n; its top is the one ranking last. Doc id breaks key ties, for determinism. */
  private final class Queue extends PriorityQueue<Ranked> {
    final int capacity;

    Queue(int n) {
      super(n);
      capacity = n;
    }

    @Override
    protected boolean lessThan(Ranked a, Ranked b) {
      int c = compareKeys(a, b);
      return c != 0 ? c > 0 : a.doc > b.doc;
    }
  }
}
