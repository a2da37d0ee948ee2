package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a quotation is compared by: an item's label is not one, a reference's letter is, and an
 * invisible character inside a word does not split it.
 */
class QuoteWordsTest {
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "other measures: (a) To prevent; and (b) To protect|other measures to prevent and to protect"
            + "|Protocol art. 9 (1) quoted with its items' labels, which its text does not hold",
        "(a) To prevent and combat|to prevent and combat|a label opening the quote",
        "housing; (c) Medical assistance|housing medical assistance|after a semicolon",
        "as defined in article 3 (a) of this Protocol|as defined in article 3 a of this protocol"
            + "|a reference's letter is a word",
        "in subparagraphs (a) and (b) of this article|in subparagraphs a and b of this article"
            + "|so are the letters a reference lists",
        "para. (a) above|para a above|after an abbreviation's full stop too",
        "each Party shall: a. provide for representation; b. take the necessary steps|each party"
            + " shall provide for representation take the necessary steps|CETS 197 art. 10 (4),"
            + " its items labelled 'a.' and 'b.'",
        "apartados: a) la trata; b) el tráfico|apartados la trata el tráfico|'a)' as Spanish"
            + " labels items",
        "in a. b. c. order|in a b c order|a letter with a full stop inside a sentence is a word",
        "shall n\u00ADot be detained|shall not be detained|a soft hyphen inside a word",
        "shall n\u200Bot be detained|shall not be detained|a zero-width space inside a word",
      })
  void wordsAsCompared(String text, String words, String why) {
    assertEquals(
        words,
        String.join(" ", QuoteWords.words(text).stream().map(QuoteWords.Word::canon).toList()),
        why);
  }

  /**
   * A quotation in the other spelling says the same words: the verifier forgives what search and
   * the check read as one spelling ({@code index.Spelling}), the "-ise" rule included.
   */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Criminalisation|criminalization",
        "prioritising|prioritizing",
        "labours|labors",
        "endeavour|endeavor",
        "programmes|programs",
      })
  void theOtherSpellingIsTheSameWord(String quoted, String provision) {
    assertEquals(QuoteWords.canon(provision), QuoteWords.canon(quoted));
  }

  /** A compound's hyphen, or a line end's, is not a letter: "hyphenation", never "spelling". */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "co-operation|cooperation",
        "nongovernmental|non-governmental",
        "child-and|child- and",
        "Anti\u2011trafficking|Antitrafficking",
      })
  void aHyphenIsNotALetter(String quoted, String provision) {
    assertEquals(QuoteWords.canon(provision), QuoteWords.canon(quoted));
    assertEquals(1, QuoteWords.words(provision).size());
  }

  /** Between digits a hyphen is a range: A/64/L.64's "13-15 February 2008" is no "1315". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"1315|13-15", "57|5-7", "2a|2-a"})
  void aHyphenBesideADigitIsKept(String quoted, String provision) {
    assertNotEquals(QuoteWords.canon(provision), QuoteWords.canon(quoted));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"harbour-⏎ing", "harbour- ing", "harbour\u00ac⏎ing", "harbour\u00ad⏎ing"})
  void aWordSplitAtALineEndIsOneWord(String printed) {
    String text = printed.replace("⏎", "\n");
    assertEquals(
        List.of(QuoteWords.canon("harbouring")),
        QuoteWords.words(text).stream().map(QuoteWords.Word::canon).toList());
    assertEquals(
        "hyphenation", QuoteWords.difference(QuoteWords.words(text).get(0).raw(), "harbouring"));
  }
}
