package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacetCombinationsTest {
  /**
   * Six docs, two facets (1 + ordinal, 0 for none): docs 0, 1 and 5 share one combination, doc 4
   * has no value in either facet. Counting five of them gives each facet's counts by value.
   */
  @Test
  void countsEachFacetsValuesThroughTheirCombinations() {
    int[][] ords = {{1, 1, 2, 2, 0, 1}, {3, 3, 1, 2, 0, 3}};
    FacetCombinations combinations = FacetCombinations.of(ords, 6);
    int[] counts = combinations.newCounts();
    assertEquals(4, counts.length, "(1,3), (2,1), (2,2) and none");
    for (int doc : new int[] {0, 1, 2, 4, 5}) {
      combinations.count(doc, counts);
    }
    int[][] perFacet = combinations.perFacet(counts, new int[] {2, 3});
    assertArrayEquals(new int[] {3, 1}, perFacet[0]);
    assertArrayEquals(new int[] {1, 0, 3}, perFacet[1]);
  }

  /**
   * Every doc its own combination, the second facet holding more values than a short: counting
   * every doc once counts every value once.
   */
  @Test
  void keepsApartCombinationsOfManyValues() {
    int docs = 200_000;
    int[][] ords = new int[2][docs];
    for (int d = 0; d < docs; d++) {
      ords[0][d] = 1 + d / 100_000;
      ords[1][d] = 1 + d % 100_000;
    }
    FacetCombinations combinations = FacetCombinations.of(ords, docs);
    int[] counts = combinations.newCounts();
    assertEquals(docs, counts.length);
    for (int d = 0; d < docs; d++) {
      combinations.count(d, counts);
    }
    int[][] perFacet = combinations.perFacet(counts, new int[] {2, 100_000});
    assertArrayEquals(new int[] {100_000, 100_000}, perFacet[0]);
    for (int value = 0; value < 100_000; value++) {
      assertEquals(2, perFacet[1][value], "value " + value);
    }
  }

  @Test
  void anEmptyReaderHasNoCombination() {
    FacetCombinations combinations = FacetCombinations.of(new int[][] {new int[0]}, 0);
    assertEquals(0, combinations.newCounts().length);
    assertArrayEquals(new int[] {0}, combinations.perFacet(new int[0], new int[] {1})[0]);
  }
}
