package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.index.ProvisionView;

class PrecedentRankerTest {
  private static final Normaliser NORMALISER = new Normaliser();
  private final PrecedentRanker ranker = new PrecedentRanker(new WeightDiffer());

  @Test
  void agreedSourcesKeepThreePlacesWhenOtherStatusesHaveCandidates() {
    List<Candidate> agreed = resolutions(5);
    List<Candidate> other = drafts(3, 0.99, 0.01);
    assertEquals(
        List.of("res-0/para_1", "res-1/para_1", "res-2/para_1", "draft-0/para_1", "draft-1/para_1"),
        ids(ranker.listed(agreed, other, Set.of())));
  }

  @Test
  void otherStatusesTakeThePlacesAgreedSourcesLeaveEmpty() {
    List<Candidate> listed = ranker.listed(resolutions(1), drafts(5, 0.9, 0), Set.of());
    assertEquals(
        List.of(
            "res-0/para_1", "draft-0/para_1", "draft-1/para_1", "draft-2/para_1", "draft-3/para_1"),
        ids(listed));
  }

  /**
   * The precedent that settles the verdict comes first: those holding most of the segment, then
   * those holding two fifths of it, then the rest, agreed sources first in each. A segment found
   * word for word only in a draft is "only in drafts/proposals"; listed first, a treaty article
   * sharing a few of its words, or a decision holding two fifths of it (decision 16/1's first
   * preambular paragraph above A/64/L.64's PP 16, which holds the segment whole), was read as the
   * answer. An agreed source holding most of the segment makes it "modified", and still leads.
   */
  @Test
  void thePrecedentThatSettlesTheVerdictComesFirst() {
    Candidate fewWords = candidate("untoc/art_33__para_2", Status.TREATY, 0.11, 0.2);
    Candidate partly = candidate("ccpcj-decision-16-1/pp_1", Status.ADOPTED, 0.38, 0.5);
    Candidate mostly = candidate("res-1/para_1", Status.ADOPTED, 0.6, 0.7);
    Candidate whole = candidate("a-64-l-64/pp_16", Status.DRAFT, 1.0, 1.0);
    assertEquals(
        List.of("a-64-l-64/pp_16", "ccpcj-decision-16-1/pp_1", "untoc/art_33__para_2"),
        ids(ranker.listed(List.of(fewWords, partly), List.of(whole), Set.of())));
    assertEquals(
        List.of(
            "res-1/para_1", "a-64-l-64/pp_16", "ccpcj-decision-16-1/pp_1", "untoc/art_33__para_2"),
        ids(ranker.listed(List.of(fewWords, partly, mostly), List.of(whole), Set.of())));
  }

  /**
   * "Trafficked persons shall be prosecuted.": Principles 1 and 11 and three more share "trafficked
   * persons shall be" word for word, the closer wording; Principle 7 holds every word, "prosecuted"
   * too, with "not be detained, charged or" between. Ranked by wording alone it came sixth and was
   * not listed; holding most of the segment, it comes first.
   */
  @Test
  void aProvisionHoldingMostOfTheSegmentIsListedBeforeCloserWordingOfLess() {
    List<Candidate> agreed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      agreed.add(candidate("res-" + i + "/para_1", Status.ADOPTED, 0.75, 0.5));
    }
    agreed.add(candidate("ohchr-principles/principle_7", Status.PRINCIPLES, 0.6, 0.8));
    List<String> listed = ids(ranker.listed(agreed, List.of(), Set.of()));
    assertEquals("ohchr-principles/principle_7", listed.get(0), listed.toString());
  }

  @Test
  void aSegmentGoingAgainstAConceptListsTheProvisionStatingItFirstUnlessItsWordingIsFoundWhole() {
    Set<String> stated = Set.of("non-punishment");
    Candidate principle =
        withConcepts(
            candidate("ohchr-principles/principle_7", Status.PRINCIPLES, 0.67, 0.8),
            List.copyOf(stated));
    Candidate closer = candidate("untoc/art_11__para_6", Status.TREATY, 0.81, 0.9);
    assertEquals(
        "ohchr-principles/principle_7",
        ids(ranker.listed(List.of(closer, principle), List.of(), stated, stated)).get(0));
    assertEquals(
        "untoc/art_11__para_6",
        ids(ranker.listed(List.of(closer, principle), List.of(), stated, Set.of())).get(0),
        "a segment stating the concept keeps the usual order");
    Candidate whole = candidate("res-1/para_1", Status.ADOPTED, 0.95, 1.0);
    assertEquals(
        "res-1/para_1",
        ids(ranker.listed(List.of(closer, principle, whole), List.of(), stated, stated)).get(0),
        "wording found whole settles the segment and leads");
  }

  @Test
  void onlyTheBestProvisionStatingTheDeniedConceptIsMovedFirstTheOthersKeepTheirPlaces() {
    Set<String> denied = Set.of("non-punishment");
    List<Candidate> agreed = new ArrayList<>(series("res-", Status.ADOPTED, 5, 0.85, 0.01));
    for (int i = 0; i < 3; i++) {
      agreed.add(
          withConcepts(
              candidate("principles-" + i + "/para_1", Status.PRINCIPLES, 0.5 - i * 0.01, 0.5),
              List.copyOf(denied)));
    }
    List<String> listed = ids(ranker.listed(agreed, List.of(), denied, denied));
    assertEquals(
        List.of(
            "principles-0/para_1", "res-0/para_1", "res-1/para_1", "res-2/para_1", "res-3/para_1"),
        listed,
        "the best of them in the last place, the wording covering most of the segment kept");
  }

  @Test
  void agreedSourcesTakeEveryPlaceWhenNoOtherStatusHasOne() {
    List<Candidate> agreed = resolutions(7);
    assertEquals(PrecedentRanker.MAX_PRECEDENTS, ranker.listed(agreed, List.of(), Set.of()).size());
  }

  @Test
  void aParagraphCoveringAsMuchAsItsArticleIsListedInItsPlace() {
    List<Candidate> agreed =
        List.of(
            candidate("tip-protocol/art_6", Status.TREATY, 0.8, 0.9),
            candidate("tip-protocol/art_6__para_3", Status.TREATY, 0.7, 0.9),
            candidate("res-1/para_2", Status.ADOPTED, 0.75, 0.9));
    assertEquals(
        List.of("res-1/para_2", "tip-protocol/art_6__para_3"),
        ids(ranker.listed(agreed, List.of(), Set.of())),
        "listed at its own similarity, after the resolution's paragraph");
  }

  @Test
  void aParagraphCoveringLessLeavesItsArticleListed() {
    List<Candidate> agreed =
        List.of(
            candidate("tip-protocol/art_6", Status.TREATY, 0.8, 0.9),
            candidate("tip-protocol/art_6__para_3", Status.TREATY, 0.7, 0.5));
    assertEquals(List.of("tip-protocol/art_6"), ids(ranker.listed(agreed, List.of(), Set.of())));
  }

  @Test
  void forASegmentStatingAConceptAProvisionStatingItComesBeforeOneSharingAFewWords() {
    Candidate sharesWords = candidate("res-1/para_1", Status.ADOPTED, 0.3, 0.2);
    Candidate statesIt =
        withConcepts(
            candidate("principles/principle_7", Status.PRINCIPLES, 0.1, 0.2),
            List.of("non-punishment"));
    assertEquals(
        List.of("principles/principle_7", "res-1/para_1"),
        ids(ranker.listed(List.of(sharesWords, statesIt), List.of(), Set.of("non-punishment"))));
    assertEquals(
        List.of("res-1/para_1", "principles/principle_7"),
        ids(ranker.listed(List.of(sharesWords, statesIt), List.of(), Set.of())),
        "without a stated concept, the closer wording comes first");
  }

  /**
   * Columns: first candidate (id, status, date, similarity) | second | the id listed first | why.
   * Only a tie in similarity (to three places) and authority falls to the date: the earlier agreed
   * source, the later draft.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "coe-cets-197/art_4__subpara_d,TREATY,2005-05-16,1.0"
            + " | tip-protocol/art_3__subpara_d,TREATY,2000-11-15,1.0 | tip-protocol/art_3__subpara_d"
            + " | '\"Child\" shall mean any person under eighteen years of age.' is the"
            + " Protocol's, which CETS 197 art. 4 (d) copies word for word",
        "tip-protocol/art_9__para_5,TREATY,2000-11-15,0.828"
            + " | coe-cets-197/art_6,TREATY,2005-05-16,0.828 | tip-protocol/art_9__para_5"
            + " | Canada's art. 9 (5) ties with CETS art. 6: the Protocol, the earlier, first",
        "coe-cets-197/art_4__subpara_a,TREATY,2005-05-16,1.0"
            + " | tip-protocol/art_3__subpara_a,TREATY,2000-11-15,0.99 | coe-cets-197/art_4__subpara_a"
            + " | closer wording still leads: no tie, no date",
        "res-1/para_1,ADOPTED,1999-01-01,1.0 | tip-protocol/art_3__subpara_d,TREATY,2000-11-15,1.0"
            + " | tip-protocol/art_3__subpara_d | authority before the date, as before",
        "gpa-draft-2010-07-19/annex__para_2,DRAFT,2010-07-19,1.0"
            + " | a-64-l-64/annex__para_2,DRAFT,2010-07-29,1.0 | a-64-l-64/annex__para_2"
            + " | of two drafts alike, the later: where the negotiation's wording ended up",
      })
  void onAnEqualMatchTheDateDecides(String one, String two, String first, String why) {
    List<Candidate> agreed = List.of(dated(one), dated(two));
    assertEquals(first, ids(ranker.listed(agreed, List.of(), Set.of())).get(0), why);
  }

  /** A candidate from "id,STATUS,date,similarity", covering the whole segment. */
  private static Candidate dated(String spec) {
    String[] f = spec.strip().split(",");
    Candidate c = candidate(f[0], Status.valueOf(f[1]), Double.parseDouble(f[3]), 1.0);
    return new Candidate(c.provision(), f[2], c.words(), c.alignment(), c.concepts());
  }

  /**
   * A candidate aligned with a ten-word segment: {@code similarity} of it (to three places) and
   * {@code coverage} of its words and of their weight.
   */
  private static Candidate candidate(String id, Status status, double similarity, double coverage) {
    int covered = (int) Math.round(coverage * 10);
    // Segment weight 1, so the matched weight is the coverage; the aligned stretch of the
    // precedent weighs what gives the similarity asked for.
    double span = 2 * coverage / similarity - 1;
    Alignment alignment =
        new Alignment(
            List.of(new Alignment.Piece(0, covered, 0, covered)),
            covered,
            0,
            covered,
            10,
            10,
            coverage,
            1,
            span);
    String text = "States shall take measures to protect victims of trafficking in persons.";
    ProvisionView view = new ProvisionView(ProvisionId.parse(id).orElseThrow(), status, id, text);
    return new Candidate(view, "2010-07-30", NORMALISER.normalise(text), alignment, List.of());
  }

  /** Paragraphs of {@code n} adopted resolutions, each a little less close than the one before. */
  private static List<Candidate> resolutions(int n) {
    return series("res-", Status.ADOPTED, n, 0.9, 0.01);
  }

  /** Paragraphs of {@code n} drafts, from {@code first} similarity down by {@code step} each. */
  private static List<Candidate> drafts(int n, double first, double step) {
    return series("draft-", Status.DRAFT, n, first, step);
  }

  private static List<Candidate> series(
      String prefix, Status status, int n, double first, double step) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(candidate(prefix + i + "/para_1", status, first - i * step, 0.9));
    }
    return out;
  }

  private static Candidate withConcepts(Candidate c, List<String> concepts) {
    return new Candidate(c.provision(), c.date(), c.words(), c.alignment(), concepts);
  }

  private static List<String> ids(List<Candidate> listed) {
    return listed.stream().map(c -> c.provision().id().toString()).toList();
  }
}
