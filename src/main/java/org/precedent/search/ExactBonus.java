package org.precedent.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * What the exact wording of a phrase adds to the score of a match, scored apart from the query that
 * decides what matches ({@link QueryCompiler.Ranked}).
 *
 * <p>In stemmed mode a phrase also matched word for word ranks higher. The bonus never changes what
 * matches, the total or the facets, only the order; yet scored inside the query it was checked
 * against every match. A broad phrase over a million provisions ("trafficking in persons", half a
 * million matches) spent a third of its time on it. Here it is scored only for a match that could
 * still reach the page: {@link Ranking} asks {@link #bound} first and scores the bonus when the
 * match's score plus that bound would rank at least as high as the last one kept. Every other match
 * would rank after the page even with the largest bonus, so its bonus cannot matter.
 *
 * <p>A bonus is a share of its phrase's stemmed score ({@link QueryCompiler#EXACT_SHARE}), so the
 * bonuses of a match add at most that share of its score. That bound, unlike the largest bonus any
 * provision of a segment gets, grows and shrinks with the match: ranking can tell Lucene a floor
 * that skips most of a broad phrase's matches, as it does for a single word.
 *
 * <p>Each bonus is scored as its own query, and their scores are added to the match's, as a Boolean
 * query adds an optional clause's: the score of a single phrase is the same float as scored inline,
 * and the page is the same.
 *
 * <p>A bonus whose exact wording is far rarer than the query's matches is scored inside the query
 * instead ({@link #split}). "persons with an" is the word "person" (half a million matches at a
 * million provisions) with a bonus held by 2,700. The few matches holding the wording rank first,
 * scored half as much again, so the page's last entry scores little more than most matches; apart,
 * the floor must leave room for a bonus any of them might have, and 389,000 were ranked (19 ms).
 * Inside the query, Lucene bounds the bonus block by block and, where the word alone cannot reach
 * the page, reads only the matches holding the wording: 14,000 ranked, 2.4 ms. Where the wording is
 * about as common as the query's matches, inside the query it is checked against every match
 * ranked, and apart it is the faster.
 */
final class ExactBonus {
  /**
   * How many times rarer than the query's matches a bonus's exact wording must be to be scored
   * inside the query. Over a million provisions, inside was faster from about 2.6 times rarer
   * ("united nations and") and slower at 0.8-1 ("victims of trafficking", "trafficking in
   * persons"); a margin keeps the common case apart.
   */
  static final int INLINE_RARITY = 4;

  /** Bonuses to score inside the query, and bonuses to score apart. */
  record Split(List<Query> inline, List<Query> apart) {}

  /** No bonus: every match is ranked by its score alone. */
  static final ExactBonus NONE = new ExactBonus(List.of(), 0);

  /**
   * Scores are floats summed in an order this class does not control; the bound is widened by far
   * more than any rounding, so that it stays a bound. A looser bound only scores a few more
   * bonuses.
   */
  private static final float SLACK = 1e-4f;

  private final List<Weight> weights;
  private final List<Clause> leaf = new ArrayList<>();
  private final float share;
  private float max;

  private ExactBonus(List<Weight> weights, float share) {
    this.weights = weights;
    this.share = weights.isEmpty() ? 0 : share * (1 + SLACK);
  }

  /**
   * The bonuses {@code queries} score over the reader of {@code searcher}; together they add at
   * most {@code share} of a match's score.
   */
  static ExactBonus of(IndexSearcher searcher, List<Query> queries, float share)
      throws IOException {
    List<Weight> weights = new ArrayList<>();
    for (Query q : queries) {
      // Top-scores mode, for the bound its impacts give; the scores are the same in either mode.
      weights.add(searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f));
    }
    return new ExactBonus(weights, share);
  }

  /**
   * Splits {@code bonuses} by how rare each one's matches are against those of {@code matching}, as
   * Lucene estimates them over the reader of {@code searcher}: from the postings' lengths, before
   * any match is read.
   */
  static Split split(IndexSearcher searcher, Query matching, List<Query> bonuses)
      throws IOException {
    if (bonuses.isEmpty()) {
      return new Split(List.of(), List.of());
    }
    long matches = cost(searcher, matching);
    List<Query> inline = new ArrayList<>();
    List<Query> apart = new ArrayList<>();
    for (Query bonus : bonuses) {
      (cost(searcher, bonus) * INLINE_RARITY <= matches ? inline : apart).add(bonus);
    }
    return new Split(List.copyOf(inline), List.copyOf(apart));
  }

  /** Lucene's estimate of how many docs {@code query} matches: its postings' lengths. */
  private static long cost(IndexSearcher searcher, Query query) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long cost = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        cost += supplier.cost();
      }
    }
    return cost;
  }

  /** Whether there is any bonus to score. */
  boolean any() {
    return !weights.isEmpty();
  }

  /** Moves to a new leaf, whose docs are then passed to {@link #at} in increasing order. */
  void setLeaf(LeafReaderContext context) throws IOException {
    leaf.clear();
    float bound = 0;
    for (Weight w : weights) {
      Scorer scorer = w.scorer(context);
      if (scorer != null) {
        leaf.add(new Clause(scorer));
        bound += scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
      }
    }
    max = bound * (1 + SLACK);
  }

  /** At least the bonus of any doc in the current leaf. */
  float max() {
    return max;
  }

  /** At least the bonus of a match scoring {@code score} in the current leaf. */
  float bound(float score) {
    return Math.min(max, share * score);
  }

  /**
   * At least a match's score with its bonus, divided by its score alone: a match whose score times
   * this ranks after the page cannot reach it.
   */
  double factor() {
    return 1.0 + share;
  }

  /** The bonus of leaf doc {@code doc}: the sum of the bonuses it matches. */
  float at(int doc) throws IOException {
    float sum = 0;
    for (Clause c : leaf) {
      sum += c.score(doc);
    }
    return sum;
  }

  /** One bonus over one leaf; asked about docs in increasing order, each at most once. */
  private static final class Clause {
    private final Scorer scorer;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;

    Clause(Scorer scorer) {
      this.scorer = scorer;
      this.twoPhase = scorer.twoPhaseIterator();
      this.approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    }

    float score(int doc) throws IOException {
      int at = approximation.docID();
      if (at < doc) {
        at = approximation.advance(doc);
      }
      if (at != doc || (twoPhase != null && !twoPhase.matches())) {
        return 0;
      }
      return scorer.score();
    }
  }
}
