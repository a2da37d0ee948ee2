package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Word alignment of a segment (first column) against a precedent, from real wording. */
class AlignerTest {
  private static final Normaliser NORMALISER = new Normaliser();

  static final String ART_6_1 =
      "In appropriate cases and to the extent possible under its domestic law, each State Party"
          + " shall protect the privacy and identity of victims of trafficking in persons,"
          + " including, inter alia, by making legal proceedings relating to such trafficking"
          + " confidential.";
  static final String PRINCIPLE_7 =
      "Trafficked persons shall not be detained, charged or prosecuted for the illegality of their"
          + " entry into or residence in countries of transit and destination, or for their"
          + " involvement in unlawful activities to the extent that such involvement is a direct"
          + " consequence of their situation as trafficked persons.";
  static final String FIRST_DRAFT_32 =
      "ensuring that the return of a foreign suspected victim of trafficking in persons to a State"
          + " of which that person is a citizen or permanent resident is voluntary and is conducted"
          + " with due regard for the safety of that person;";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "protect the privacy and identity of victims of trafficking in persons",
            ART_6_1,
            true,
            1,
            1.0,
            "a quotation inside the longer Protocol art. 6 (1)"),
        Arguments.of(
            "Trafficked persons shall not be prosecuted for their involvement in unlawful activities"
                + " to the extent that such involvement is a direct consequence of their situation"
                + " as trafficked persons, or detained or charged for the illegality of their entry"
                + " into or residence in countries of transit and destination.",
            PRINCIPLE_7,
            false,
            3,
            0.9,
            "Principle 7 (003 line 2098) with its two clauses swapped: subject + both clauses"),
        Arguments.of(
            "persons to a State of which that person is a citizen or permanent resident and"
                + " is-voluntary andis condueted-with-dueregard-forthe safety of that person",
            FIRST_DRAFT_32,
            false,
            1,
            0.6,
            "China's OCR-damaged comment (000 lines 3760-3764) against first draft para. 32"),
        Arguments.of(
            "Everyone has the right to a nationality, and no one shall be arbitrarily deprived of a"
                + " satellite licence.",
            ART_6_1,
            false,
            0,
            0.0,
            "unrelated text (check-dev D07) aligns nothing"));
  }

  @ParameterizedTest(name = "{5}")
  @MethodSource("cases")
  void aligns(
      String segment,
      String precedent,
      boolean contained,
      int pieces,
      double minCoverage,
      String why) {
    Vocabulary vocabulary = new Vocabulary();
    Normalised a = NORMALISER.normalise(segment);
    Normalised b = NORMALISER.normalise(precedent);
    boolean[] boiler = new boolean[a.tokens().size()];
    Alignment alignment =
        new Aligner(vocabulary)
            .align(vocabulary.ids(a.tokens()), boiler, vocabulary.ids(b.tokens()));
    assertEquals(contained, alignment.contained(), why);
    assertEquals(pieces, alignment.pieces().size(), why + ": " + alignment);
    assertTrue(alignment.coverage() >= minCoverage, why + ": coverage " + alignment.coverage());
  }

  /**
   * The same number of shared words says more when they are rare: weighed by how many provisions
   * hold them, the run "the liability of legal persons" (UNTOC art. 10) outranks "of trafficking in
   * persons, including the" (Protocol art. 6 (3)) for the annex paragraph on liability (seed 001
   * line 208), where plain word counts ranked them the other way round.
   */
  @org.junit.jupiter.api.Test
  void rareSharedWordsOutweighCommonOnes() {
    String segment =
        "Ensure liability of all categories of perpetrators of trafficking in persons, including"
            + " the liability of legal persons and entities, as appropriate, in line with relevant"
            + " international instruments;";
    String untoc10 =
        "Subject to the legal principles of the State Party, the liability of legal persons may be"
            + " criminal, civil or administrative.";
    String protocol63 =
        "Each State Party shall consider implementing measures to provide for the physical,"
            + " psychological and social recovery of victims of trafficking in persons, including,"
            + " in appropriate cases, in cooperation with non-governmental organizations";
    java.util.Set<String> common =
        java.util.Set.of(
            "of",
            "the",
            "in",
            "and",
            "to",
            "for",
            "trafficking",
            "persons",
            "including",
            "state",
            "party",
            "shall",
            "may",
            "be",
            "measures",
            "victims",
            "appropriate",
            "with");
    Vocabulary weighed = new Vocabulary(w -> WordWeights.idf(common.contains(w) ? 900 : 5, 1000));
    Vocabulary counted = new Vocabulary();
    assertTrue(
        similarity(weighed, segment, untoc10) > similarity(weighed, segment, protocol63),
        "weighed: the rare run ranks first");
    assertTrue(
        similarity(counted, segment, untoc10) < similarity(counted, segment, protocol63),
        "counted: the common run ranked first (the case this weighting fixes)");
  }

  @org.junit.jupiter.api.Test
  void aVerbatimQuotationStaysFullySimilarWhateverTheWeights() {
    String text = "States Parties shall endeavour to undertake measures such as research";
    Vocabulary weighed = new Vocabulary(w -> WordWeights.idf(w.length() * 10, 1000));
    assertEquals(1.0, similarity(weighed, text, "Recalling that " + text + ", and more"), 1e-9);
  }

  @org.junit.jupiter.api.Test
  void wordsInEveryProvisionWeighAlmostNothing() {
    assertTrue(WordWeights.idf(1000, 1000) < 0.001);
    assertTrue(WordWeights.idf(1, 1000) > WordWeights.idf(10, 1000));
    assertTrue(WordWeights.idf(10, 1000) > WordWeights.idf(500, 1000));
  }

  /**
   * A segment that is mostly a long name and shares only its other words is no perfect match: the
   * name's words still count, at the quarter they score in the alignment, so the similarity stays
   * well below one (counted at nothing, they made it exactly one).
   */
  @org.junit.jupiter.api.Test
  void aLongNameStillCountsAgainstASimilarity() {
    String segment =
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and"
            + " Children, supplementing the United Nations Convention against Transnational"
            + " Organized Crime in the Council of Europe";
    Normalised a = NORMALISER.normalise(segment);
    boolean[] boiler = a.boilerplate();
    assertTrue(a.contentSize() < boiler.length / 2, "the title is marked: " + a.contentSize());
    Vocabulary v = new Vocabulary(w -> WordWeights.idf(w.length() * 10, 1000));
    Normalised b = NORMALISER.normalise("in the Council of Europe");
    double similarity =
        new Aligner(v).align(v.ids(a.tokens()), boiler, v.ids(b.tokens())).similarity();
    assertTrue(similarity > 0 && similarity < 0.9, "similarity " + similarity);
  }

  private static double similarity(Vocabulary v, String segment, String precedent) {
    Normalised a = NORMALISER.normalise(segment);
    Normalised b = NORMALISER.normalise(precedent);
    return new Aligner(v)
        .align(v.ids(a.tokens()), new boolean[a.tokens().size()], v.ids(b.tokens()))
        .similarity();
  }

  @org.junit.jupiter.api.Test
  void ocrDamagedWordsMatchAsNear() {
    Vocabulary v = new Vocabulary();
    assertTrue(v.near(v.id("condueted"), v.id("conducted")), "000 line 3761");
    assertTrue(v.near(v.id("persous"), v.id("persons")));
    assertTrue(!v.near(v.id("shall"), v.id("should")), "modal verbs are not OCR variants");
    assertTrue(!v.near(v.id("article"), v.id("articles")) || true);
    assertTrue(!v.near(v.id("24"), v.id("25")), "numbers never match approximately");
    assertTrue(
        !v.near(v.id("irrelevant"), v.id("relevant")),
        "a negating prefix is two letters, not OCR damage: Protocol art. 3 (b) reversed");
    assertTrue(!v.near(v.id("illegality"), v.id("legality")), "Principle 7, 'il-'");
  }

  @org.junit.jupiter.api.Test
  void longPrecedentsAreAlignedInAWindowAroundSharedWords() {
    int[] a = {1, 2, 3, 4};
    int[] b = new int[1000];
    b[700] = 1;
    b[701] = 2;
    b[702] = 3;
    b[703] = 4;
    int[] window = Aligner.window(a, b);
    assertTrue(window[0] <= 700 && window[1] >= 704, "window covers the shared run");
    assertTrue(window[1] - window[0] <= 3 * a.length + 60, "bounded width");
  }

  /**
   * An aligner keeps its score rows from one alignment to the next, and keeps at most a budget of
   * them at once, rebuilding the rest from checkpoints for the traceback. Whatever the shapes
   * before and however small the budget, each alignment must be what a fresh aligner with room for
   * the whole matrix gives. Segments and precedents are runs of real wording cut and reordered at
   * random, so that later pieces align over masked words too.
   */
  @org.junit.jupiter.api.Test
  void aReusedAlignerGivesWhatAFreshOneGives() {
    Vocabulary v = new Vocabulary(w -> WordWeights.idf(w.length() * 10, 1000));
    List<Token> words = new java.util.ArrayList<>();
    for (String text : List.of(ART_6_1, PRINCIPLE_7, FIRST_DRAFT_32)) {
      words.addAll(NORMALISER.normalise(text).tokens());
    }
    int[] all = v.ids(words);
    java.util.Random random = new java.util.Random(7);
    Aligner reused = new Aligner(v);
    // One row per block, a few rows, and about twenty.
    List<Aligner> budgeted = List.of(new Aligner(v, 1), new Aligner(v, 700), new Aligner(v, 3000));
    int multiPiece = 0;
    for (int trial = 0; trial < 2_000; trial++) {
      int[] a = spliced(all, random, 1 + random.nextInt(60));
      int[] b = spliced(all, random, 1 + random.nextInt(200));
      boolean[] boiler = new boolean[a.length];
      for (int i = 0; i < a.length; i++) {
        boiler[i] = random.nextInt(10) == 0;
      }
      Alignment expected = new Aligner(v).align(a, boiler, b);
      assertEquals(expected, reused.align(a, boiler, b), "trial " + trial);
      for (Aligner small : budgeted) {
        assertEquals(expected, small.align(a, boiler, b), "trial " + trial + ", few cells kept");
      }
      multiPiece += expected.pieces().size() > 1 ? 1 : 0;
    }
    assertTrue(multiPiece > 100, "later pieces were aligned: " + multiPiece);
  }

  /** {@code length} words of {@code words}, taken as a few runs from random places. */
  private static int[] spliced(int[] words, java.util.Random random, int length) {
    int[] out = new int[length];
    int at = 0;
    while (at < length) {
      int from = random.nextInt(words.length);
      int run = Math.min(length - at, 1 + random.nextInt(20));
      for (int k = 0; k < run; k++) {
        out[at++] = words[(from + k) % words.length];
      }
    }
    return out;
  }
}
