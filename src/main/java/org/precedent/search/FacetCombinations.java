package org.precedent.search;

import com.carrotsearch.hppc.LongIntHashMap;

/**
 * Each provision's facet values taken together, numbered per index reader. The facets (instrument,
 * status, kind, year) are mostly the instrument's, so a reader holds about as many combinations as
 * instruments, and a counted match raises the count of its combination alone; a query adds each
 * facet's counts up from the combinations' once, when it lists them. Raising each facet's count per
 * match took about a quarter of a one-word search over a million provisions: ten thousand matches
 * counted, four values read and four counts raised for each.
 */
final class FacetCombinations {
  /** Per global doc, its combination. */
  private final int[] ofDoc;

  /** Per combination, per facet: 1 + the value's global ordinal, or 0 for none. */
  private final int[][] values;

  private FacetCombinations(int[] ofDoc, int[][] values) {
    this.ofDoc = ofDoc;
    this.values = values;
  }

  /**
   * The combinations of {@code facetOrds}: per facet, per global doc, 1 + the value's global
   * ordinal, or 0 for none.
   */
  static FacetCombinations of(int[][] facetOrds, int maxDoc) {
    // Numbered one facet at a time, each doc's number so far paired with its next value: a pair
    // fits in a long however many values the facets hold.
    int[] ofDoc = new int[maxDoc];
    int count = maxDoc == 0 ? 0 : 1;
    for (int[] ords : facetOrds) {
      LongIntHashMap numbers = new LongIntHashMap();
      for (int d = 0; d < maxDoc; d++) {
        long pair = ((long) ofDoc[d] << 32) | ords[d];
        int slot = numbers.indexOf(pair);
        if (numbers.indexExists(slot)) {
          ofDoc[d] = numbers.indexGet(slot);
        } else {
          ofDoc[d] = numbers.size();
          numbers.indexInsert(slot, pair, ofDoc[d]);
        }
      }
      count = numbers.size();
    }
    int[][] values = new int[count][];
    for (int d = 0; d < maxDoc; d++) {
      if (values[ofDoc[d]] == null) {
        int[] of = new int[facetOrds.length];
        for (int f = 0; f < of.length; f++) {
          of[f] = facetOrds[f][d];
        }
        values[ofDoc[d]] = of;
      }
    }
    return new FacetCombinations(ofDoc, values);
  }

  /** A zeroed count per combination, for one query. */
  int[] newCounts() {
    return new int[values.length];
  }

  /** Counts global doc {@code doc} in {@code counts}, which {@link #newCounts} made. */
  void count(int doc, int[] counts) {
    counts[ofDoc[doc]]++;
  }

  /**
   * {@code counts} per facet value: for each facet, a count per global ordinal ({@code
   * valueCounts[f]} of them).
   */
  int[][] perFacet(int[] counts, int[] valueCounts) {
    int[][] out = new int[valueCounts.length][];
    for (int f = 0; f < out.length; f++) {
      out[f] = new int[valueCounts[f]];
    }
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        for (int f = 0; f < out.length; f++) {
          int ord = values[c][f] - 1;
          if (ord >= 0) {
            out[f][ord] += counts[c];
          }
        }
      }
    }
    return out;
  }
}
