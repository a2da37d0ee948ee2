package org.precedent.search;

import com.carrotsearch.hppc.LongFloatHashMap;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.precedent.index.Fields;

/**
 * Every match of a query in doc-id order with its score, plus what collapsing needs, gathered in
 * the same pass from doc values: each match's own key and, for every ancestor key, the best score
 * of any matching descendant. A match costs a few array writes and, for a provision inside another,
 * a primitive map update per ancestor: no id strings, no objects.
 */
final class MatchSet extends SimpleCollector {
  private int base;
  private Scorable scorer;
  private NumericDocValues node;
  private SortedNumericDocValues ancestors;
  private int[] docs = new int[64];
  private float[] scores = new float[64];
  private long[] nodes = new long[64];
  private int size;
  private final LongFloatHashMap bestDescendant = new LongFloatHashMap();

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    base = context.docBase;
    node = DocValues.getNumeric(context.reader(), Fields.NODE);
    ancestors = DocValues.getSortedNumeric(context.reader(), Fields.ANCESTORS);
  }

  @Override
  public void setScorer(Scorable scorer) {
    this.scorer = scorer;
  }

  @Override
  public void collect(int doc) throws IOException {
    if (size == docs.length) {
      int grown = size * 2;
      docs = Arrays.copyOf(docs, grown);
      scores = Arrays.copyOf(scores, grown);
      nodes = Arrays.copyOf(nodes, grown);
    }
    float score = scorer.score();
    docs[size] = base + doc;
    scores[size] = score;
    nodes[size] = node.advanceExact(doc) ? node.longValue() : 0;
    size++;
    if (ancestors.advanceExact(doc)) {
      for (int i = 0, n = ancestors.docValueCount(); i < n; i++) {
        long ancestor = ancestors.nextValue();
        int slot = bestDescendant.indexOf(ancestor);
        if (!bestDescendant.indexExists(slot)) {
          bestDescendant.indexInsert(slot, ancestor, score);
        } else if (score > bestDescendant.indexGet(slot)) {
          bestDescendant.indexReplace(slot, score);
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  int size() {
    return size;
  }

  /** Global doc id of match {@code i}; ascending in {@code i}. */
  int doc(int i) {
    return docs[i];
  }

  float score(int i) {
    return scores[i];
  }

  /**
   * Whether match {@code i} survives collapsing: a provision is dropped when one of its descendants
   * matched at least as well (the smaller unit is the better citation), and kept when it matches
   * better than all of them.
   */
  boolean kept(int i) {
    if (bestDescendant.isEmpty()) {
      return true;
    }
    int slot = bestDescendant.indexOf(nodes[i]);
    return !bestDescendant.indexExists(slot) || scores[i] > bestDescendant.indexGet(slot);
  }
}
