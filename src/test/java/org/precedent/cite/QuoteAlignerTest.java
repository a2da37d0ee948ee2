package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word diff of a quotation against the provision it was taken from. */
class QuoteAlignerTest {
  /** Protocol art. 3 (b), as in the corpus (A/RES/55/25, annex II). */
  private static final String ART_3_B =
      "The consent of a victim of trafficking in persons to the intended exploitation set forth in"
          + " subparagraph (a) of this article shall be irrelevant where any of the means set forth"
          + " in subparagraph (a) have been used;";

  private static List<String> diff(String quote, String provision) {
    return QuoteAligner.align(QuoteWords.words(quote), QuoteWords.words(provision)).diff().stream()
        .map(op -> op.op() + ": " + op.text())
        .toList();
  }

  @Test
  void anOmissionLongerThanTheMarginIsADeletionNotMissingWords() {
    // Quoted without "set forth in subparagraph (a) of this article", and without an ellipsis: the
    // diff said the article lacks "shall be irrelevant".
    assertEquals(
        List.of(
            "equal: The consent of a victim of trafficking in persons to the intended exploitation",
            "delete: set forth in subparagraph a of this article",
            "equal: shall be irrelevant"),
        diff(
            "The consent of a victim of trafficking in persons to the intended exploitation shall"
                + " be irrelevant",
            ART_3_B));
  }

  @Test
  void wordsTheProvisionLacksAreStillInsertions() {
    assertEquals(
        List.of(
            "equal: The consent of a victim of trafficking in persons to the intended exploitation",
            "insert: freely given",
            "equal: set forth in subparagraph a of this article shall be irrelevant"),
        diff(
            "The consent of a victim of trafficking in persons to the intended exploitation freely"
                + " given set forth in subparagraph (a) of this article shall be irrelevant",
            ART_3_B));
  }

  @Test
  void ofTwoDiffsKeepingAsManyWordsTheTighterIsShown() {
    // Read forward, the quote's "or" was matched with the one after "destination": "and
    // destination" and "for" left out, "destination" added.
    assertEquals(
        List.of(
            "equal: Trafficked persons shall not be detained charged or prosecuted for the"
                + " illegality of their entry into or residence in countries of transit",
            "delete: and",
            "insert: or",
            "equal: destination"),
        diff(
            "Trafficked persons shall not be detained, charged or prosecuted for the illegality of"
                + " their entry into or residence in countries of transit or destination",
            PRINCIPLE_7));
  }

  /** Protocol art. 3 (a), its means (A/RES/55/25, annex II). */
  private static final String ART_3_A_MEANS =
      "by means of the threat or use of force or other forms of coercion, of abduction, of fraud,"
          + " of deception, of the abuse of power or of a position of vulnerability or of the"
          + " giving or receiving of payments";

  @Test
  void aQuoteOpeningOnARepeatedWordStartsWhereItsWordsDo() {
    // "of" also comes before "deception": matched there, the diff said the quote left out
    // "deception of", words before the quotation begins.
    assertEquals(
        List.of(
            "equal: of the abuse of power or", "delete: of", "equal: a position of vulnerability"),
        diff("of the abuse of power or a position of vulnerability", ART_3_A_MEANS));
  }

  /** Principle 7 (seed 003 line 2098). */
  private static final String PRINCIPLE_7 =
      "Trafficked persons shall not be detained, charged or prosecuted for the illegality of their"
          + " entry into or residence in countries of transit and destination, or for their"
          + " involvement in unlawful activities to the extent that such involvement is a direct"
          + " consequence of their situation as trafficked persons.";

  private static List<List<QuoteWords.Word>> pieces(String... pieces) {
    return java.util.Arrays.stream(pieces).map(QuoteWords::words).toList();
  }

  @Test
  void piecesAnEllipsisSeparatesAreFoundInOrderWithTheOmissionBetween() {
    QuoteAligner.Alignment a =
        QuoteAligner.inPieces(
                pieces(
                    "Trafficked persons shall not be detained",
                    "for the illegality of their entry"),
                QuoteWords.words(PRINCIPLE_7))
            .orElseThrow();
    assertEquals(
        List.of(
            "equal: Trafficked persons shall not be detained",
            "delete: charged or prosecuted",
            "equal: for the illegality of their entry"),
        a.diff().stream().map(op -> op.op() + ": " + op.text()).toList());
    assertEquals(true, a.identical());
  }

  @Test
  void anEllipsisNeverForgivesALeftOutNegationOrPiecesOutOfOrder() {
    List<QuoteWords.Word> p7 = QuoteWords.words(PRINCIPLE_7);
    assertEquals(
        java.util.Optional.empty(),
        QuoteAligner.inPieces(pieces("Trafficked persons shall", "be detained"), p7));
    assertEquals(
        java.util.Optional.empty(),
        QuoteAligner.inPieces(pieces("for the illegality", "shall not be detained"), p7));
  }

  private static List<String> ops(QuoteAligner.Alignment a) {
    return a.diff().stream().map(op -> op.op() + ": " + op.text()).toList();
  }

  @Test
  void piecesNotFoundWordForWordAreEachDiffedWhereTheyWereTaken() {
    QuoteAligner.Alignment a =
        QuoteAligner.piecewise(
            pieces(
                "Trafficked persons shall not be detained",
                "for their involvement in lawful activities"),
            QuoteWords.words(PRINCIPLE_7));
    assertEquals(
        List.of(
            "equal: Trafficked persons shall not be detained",
            "delete: charged or prosecuted for the illegality of their entry into or residence in"
                + " countries of transit and destination or",
            "equal: for their involvement in",
            "delete: unlawful",
            "insert: lawful",
            "equal: activities"),
        ops(a));
    assertEquals(false, a.identical());
    // eleven quoted words of twelve, against twelve of the principle's
    assertEquals(2.0 * 11 / (12 + 12), a.similarity(), 1e-9);
  }

  @Test
  void aNegationLeftOutBetweenPiecesCountsAgainstThem() {
    QuoteAligner.Alignment a =
        QuoteAligner.piecewise(
            pieces("Trafficked persons shall", "be detained, charged or prosecuted"),
            QuoteWords.words(PRINCIPLE_7));
    assertEquals("delete: not", ops(a).get(1));
    // eight quoted words matched, against eight of the principle's and its "not"
    assertEquals(2.0 * 8 / (8 + 9), a.similarity(), 1e-9);
  }

  @Test
  void aQuoteEndingOnOtherWordsReplacesAsManyOfTheProvisions() {
    assertEquals(
        List.of(
            "equal: Trafficked persons shall not be detained charged or",
            "delete: prosecuted",
            "insert: punished"),
        diff("Trafficked persons shall not be detained, charged or punished", PRINCIPLE_7));
  }

  private static QuoteAligner.Alignment aligned(String quote, String provision) {
    return QuoteAligner.align(QuoteWords.words(quote), QuoteWords.words(provision));
  }

  @Test
  void aStopMovedBetweenTheQuotedWordsIsNotWordForWord() {
    // A comma dropped after "coercion": every word is the Protocol's, the sentence is not.
    QuoteAligner.Alignment a =
        aligned("other forms of coercion of abduction, of fraud", ART_3_A_MEANS);
    assertEquals(false, a.identical());
    assertEquals(java.util.Set.of("punctuation"), a.forgiven());
    QuoteAligner.Alignment added =
        aligned("the abuse of power, or of a position of vulnerability", ART_3_A_MEANS);
    assertEquals(java.util.Set.of("punctuation"), added.forgiven());
  }

  @Test
  void wordsWrittenTwiceAreReadWhereTheirStopsAreTheQuotes() {
    String twice =
        "Trafficking in persons especially women and children shall be prevented; trafficking in"
            + " persons, especially women and children, shall be punished";
    assertEquals(
        true, aligned("trafficking in persons, especially women and children", twice).identical());
    assertEquals(
        java.util.Set.of("punctuation"),
        aligned("trafficking in persons; especially women and children", twice).forgiven(),
        "written neither way, it is a variant of both");
  }

  @Test
  void theQuotingSentenceKeepsItsOwnStopsQuoteMarksAndLabels() {
    // The last word's stop, quote marks and brackets belong to the sentence quoting the text.
    assertEquals(true, aligned("of fraud, of deception.", ART_3_A_MEANS).identical());
    assertEquals(true, aligned("of fraud, \u201cof deception\u201d", ART_3_A_MEANS).identical());
    // An item's label is not the provision's word, nor what stands around it.
    String items = "to adopt measures to: (a) prevent trafficking; and (b) protect victims";
    assertEquals(
        true, aligned("measures to: prevent trafficking; and protect victims", items).identical());
  }

  /** Protocol art. 7 (1) (tip-protocol.txt l.109). */
  private static final String ART_7_1 =
      "In addition to taking measures pursuant to article 6 of this Protocol, each State Party shall"
          + " consider adopting legislative or other appropriate measures that permit victims of"
          + " trafficking in persons to remain in its territory, temporarily or permanently, in"
          + " appropriate cases.";

  /** Principle 4 (ohchr-principles.txt l.58). */
  private static final String PRINCIPLE_4 =
      "Strategies aimed at preventing trafficking shall address demand as a root cause of"
          + " trafficking.";

  /**
   * A quote opening on the word it changes: the provision's word before the aligned words is shown
   * replaced, as it is when the quote starts a word earlier.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "should consider adopting legislative or other appropriate measures|ART_7_1|delete: shall,"
            + " insert: should|A/64/290 para. 67 (seed 000 l.9682) opens on the modal",
        "may consider adopting legislative or other appropriate measures|ART_7_1|delete: shall,"
            + " insert: may|shall -> may",
        "should address demand as a root cause of trafficking.|PRINCIPLE_4|delete: shall, insert:"
            + " should|a short quote of Principle 4",
        "trafficking should address demand as a root cause|PRINCIPLE_4|delete: shall, insert:"
            + " should|a word earlier: as before",
        "States should address demand as a root cause|PRINCIPLE_4|delete: trafficking shall,"
            + " insert: States should|two words opening the quote replace two",
      })
  void aQuoteOpeningOnAChangedWordShowsTheWordReplaced(
      String quote, String provision, String changes, String why) {
    String text = provision.equals("ART_7_1") ? ART_7_1 : PRINCIPLE_4;
    assertEquals(
        List.of(changes.split(", ")),
        diff(quote, text).stream().filter(op -> !op.startsWith("equal")).toList(),
        why);
  }
}
