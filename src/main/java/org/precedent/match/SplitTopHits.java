package org.precedent.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.precedent.corpus.Status;
import org.precedent.index.Fields;

/**
 * The best hits of one query kept in two lists, agreed sources and the rest, read from the
 * authority doc value as they come. One query then serves both lists, where a query per status
 * group would read the same postings twice. Each list holds what a top-hits search restricted to
 * its group would return: highest score first, the lower doc id first among equal scores. Once both
 * lists are full, documents scoring below both of their lowest entries are skipped.
 */
final class SplitTopHits implements Collector {
  /** Doc ids, best first. */
  record Hits(List<Integer> agreed, List<Integer> other) {}

  /** Worst first: the head of the queue is the hit a better one replaces. */
  private static final Comparator<ScoreDoc> WORST_FIRST =
      Comparator.comparingDouble((ScoreDoc h) -> h.score)
          .thenComparing(Comparator.comparingInt((ScoreDoc h) -> h.doc).reversed());

  private final Group agreed;
  private final Group other;

  SplitTopHits(int agreedTop, int otherTop) {
    this.agreed = new Group(agreedTop);
    this.other = new Group(otherTop);
  }

  Hits hits() {
    return new Hits(agreed.bestFirst(), other.bestFirst());
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues authority = DocValues.getNumeric(context.reader(), Fields.AUTHORITY);
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        raiseFloor();
      }

      @Override
      public void collect(int doc) throws IOException {
        boolean isAgreed =
            authority.advanceExact(doc)
                && authority.longValue() <= Status.PRINCIPLES.authorityRank();
        Group group = isAgreed ? agreed : other;
        if (group.offer(base + doc, scorer.score())) {
          raiseFloor();
        }
      }

      /** Tells the scorer the least score that can still enter a list, once both are full. */
      private void raiseFloor() throws IOException {
        float floor = Math.min(agreed.floor(), other.floor());
        if (floor > 0) {
          // Docs arrive in increasing id order: a later doc with the floor's score loses the tie.
          scorer.setMinCompetitiveScore(Math.nextUp(floor));
        }
      }
    };
  }

  /** One bounded list. */
  private static final class Group {
    private final int size;
    private final PriorityQueue<ScoreDoc> queue = new PriorityQueue<>(WORST_FIRST);

    Group(int size) {
      this.size = size;
    }

    /** Keeps the hit if among the best so far; says whether the list's floor may have risen. */
    boolean offer(int doc, float score) {
      if (size == 0) {
        return false;
      }
      if (queue.size() < size) {
        queue.add(new ScoreDoc(doc, score));
        return queue.size() == size;
      }
      if (score <= queue.peek().score) {
        return false; // equal score: the earlier doc, already kept, wins
      }
      queue.poll();
      queue.add(new ScoreDoc(doc, score));
      return true;
    }

    /** The least score worth keeping: 0 until full; no floor at all for a list of size 0. */
    float floor() {
      if (size == 0) {
        return Float.POSITIVE_INFINITY;
      }
      return queue.size() < size ? 0 : queue.peek().score;
    }

    List<Integer> bestFirst() {
      List<ScoreDoc> hits = new ArrayList<>(queue);
      hits.sort(WORST_FIRST.reversed());
      return hits.stream().map(h -> h.doc).toList();
    }
  }
}
