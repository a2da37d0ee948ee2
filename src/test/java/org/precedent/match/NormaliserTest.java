package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Normalised words and the normalisations reported, from real wording. */
class NormaliserTest {
  private static final Normaliser NORMALISER = new Normaliser();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Recognizing that", "recognize that", "verb_form", "resolution PP verb"),
        Arguments.of("Recognizes that", "recognize that", "verb_form", "third person"),
        Arguments.of("Recognize that", "recognize that", "", "base form: nothing to report"),
        Arguments.of("Ensuring the commitment", "ensure the commitment", "verb_form", "000 l.3733"),
        Arguments.of(
            "States parties were encouraged to develop partnerships",
            "states parties are encouraged to develop partnerships",
            "reported_speech",
            "004 line 82: report wording against resolution wording"),
        Arguments.of(
            "harbouring or receipt of persons",
            "harboring or receipt of persons",
            "spelling",
            "Protocol art. 3 (a), British spelling"),
        Arguments.of(
            "organised criminal groups", "organized criminal groups", "spelling", "-ise to -ize"),
        Arguments.of("exercise their rights", "exercise their rights", "", "-ise word left alone"),
        Arguments.of(
            "\u201Ctrafficking in persons\u201D shall mean",
            "trafficking in persons shall mean",
            "quotes",
            "curly quotes"),
        Arguments.of(
            "long-term status \u2014 pathways",
            "long term status pathways",
            "dashes",
            "000 l.3722"),
        Arguments.of("State\u2019s obligations", "state's obligations", "quotes", "apostrophe"),
        Arguments.of("UNTOC and its Protocols", "untoc and its protocols", "case", "all capitals"),
        Arguments.of(
            "is-voluntary andis condueted", "is voluntary andis condueted", "", "OCR kept as is"),
        Arguments.of(
            "shall \uD835\uDC27\uD835\uDC28\uD835\uDC2D protect",
            "shall not protect",
            "characters",
            "a \"not\" in mathematical bold, pasted from a styled document"),
        Arguments.of(
            "shall \uFF4E\uFF4F\uFF54 protect", "shall not protect", "characters", "full-width"),
        Arguments.of(
            "victims\u2019 \uFB01nancial aid", "victims financial aid", "characters", "ligature"),
        Arguments.of("protecci\u00F3n", "proteccion", "accents", "an accent is an accent"),
        Arguments.of(
            "shall n\u00ADot be detained", "shall not be detained", "characters", "a soft hyphen"),
        Arguments.of(
            "shall n\u200Bot be detained",
            "shall not be detained",
            "characters",
            "a zero-width space pasted from a PDF"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("cases")
  void normalises(String text, String words, String kind, String why) {
    Normalised n = NORMALISER.normalise(text);
    assertEquals(words, String.join(" ", n.tokens().stream().map(Token::norm).toList()), why);
    List<String> kinds = n.normalisations().stream().map(Normalisation::kind).toList();
    if (kind.isEmpty()) {
      assertTrue(kinds.stream().noneMatch(k -> !k.equals("case")), why + ": " + kinds);
    } else {
      assertTrue(kinds.contains(kind), why + ": " + kinds);
    }
    for (Token t : n.tokens()) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()), why + ": offsets");
    }
  }

  /**
   * A normaliser keeps each word it has normalised; a word met again must still report what
   * normalising it changed, in every text it occurs in.
   */
  @org.junit.jupiter.api.Test
  void reportsAWordsNormalisationsEveryTimeItIsMet() {
    Normaliser fresh = new Normaliser();
    String text = "Recognizing organised crime, Recognizing UNTOC";
    Normalised first = fresh.normalise(text);
    Normalised again = fresh.normalise(text);
    Normalised other = fresh.normalise("the organised groups");
    assertEquals(
        List.of("verb_form", "spelling", "case"),
        first.normalisations().stream().map(Normalisation::kind).toList());
    assertEquals(first, again);
    assertEquals(
        List.of(new Normalisation("spelling", "organised", "organized")), other.normalisations());
    assertEquals(
        new Normaliser().normalise("the organised groups"), other, "as a new normaliser gives");
  }

  @org.junit.jupiter.api.Test
  void marksTheProtocolsFullTitleAsBoilerplate() {
    String text =
        "as set forth in the Protocol to Prevent, Suppress and Punish Trafficking in Persons,"
            + " Especially Women and Children, Supplementing the United Nations Convention against"
            + " Transnational Organized Crime (hereinafter";
    Normalised n = NORMALISER.normalise(text);
    assertEquals(6, n.contentSize(), "check-dev D01: only 'as set forth in the' + 'hereinafter'");
    assertTrue(n.tokens().get(0).boilerplate() == false);
    assertTrue(n.tokens().get(5).boilerplate(), "'Protocol' starts the name");
  }
}
