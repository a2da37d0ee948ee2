package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hits collapse to the smallest matching provision unless a parent matches better. */
class CollapseTest {
  private static Candidate c(String id, float score, int authority, int date) {
    return new Candidate(0, score, id, authority, date, new String[Candidate.FACETS.size()]);
  }

  @Test
  void aParentWithABetterOrEqualDescendantIsDropped() {
    List<Candidate> kept =
        ProvisionSearcher.collapse(
            List.of(
                c("tip-protocol/art_3", 0.5f, 0, 20001115),
                c("tip-protocol/art_3__subpara_a", 1f, 0, 20001115),
                c("tip-protocol/art_30", 1f, 0, 20001115),
                c("a-64-l-64/annex", 1f, 1, 20100730),
                c("a-64-l-64/annex__para_2", 1f, 1, 20100730),
                c("untoc/art_5", 1f, 0, 20001115)));
    assertEquals(
        List.of(
            "tip-protocol/art_3__subpara_a",
            "tip-protocol/art_30",
            "a-64-l-64/annex__para_2",
            "untoc/art_5"),
        kept.stream().map(Candidate::id).toList());
  }

  @Test
  void aParentThatMatchesBetterThanItsChildrenStays() {
    List<Candidate> kept =
        ProvisionSearcher.collapse(
            List.of(
                c("tip-protocol/art_6", 3f, 0, 20001115),
                c("tip-protocol/art_6__para_3", 1f, 0, 20001115),
                c("tip-protocol/art_6__para_3__subpara_a", 2f, 0, 20001115)));
    assertEquals(
        List.of("tip-protocol/art_6", "tip-protocol/art_6__para_3__subpara_a"),
        kept.stream().map(Candidate::id).toList());
  }

  @Test
  void ordersByRelevanceDateOrAuthority() {
    List<Candidate> all =
        new java.util.ArrayList<>(
            List.of(
                c("d/para_1", 3f, 4, 20100501),
                c("t/para_1", 1f, 0, 20001115),
                c("a/para_1", 2f, 1, 20100730)));
    all.sort(ProvisionSearcher.order(SortOrder.RELEVANCE));
    assertEquals("d/para_1", all.get(0).id());
    all.sort(ProvisionSearcher.order(SortOrder.DATE));
    assertEquals(
        List.of("a/para_1", "d/para_1", "t/para_1"), all.stream().map(Candidate::id).toList());
    all.sort(ProvisionSearcher.order(SortOrder.AUTHORITY));
    assertEquals(
        List.of("t/para_1", "a/para_1", "d/para_1"), all.stream().map(Candidate::id).toList());
  }
}
