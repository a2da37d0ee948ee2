package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stemmed chain's terms for the Council of Europe's hyphenated "co-" words: one term with the
 * closed-up spelling, and the position of the word after the hyphen left empty.
 */
class CoPrefixFilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # words                                   | terms (+n = position gap)          | why
          international co-operation                | international cooperation          | CETS art. 32's heading: one word, as "cooperation" is
          co-ordination of action                   | coordination +3action              | the word after the hyphen leaves its position, then "of" its own
          Co-Operation                              | cooperation                        | lower-cased first
          promoting co-operation with that Party    | promote cooperation +4party        | CETS art. 38 (7) (b): the joined word leaves a gap, and "with" and "that" theirs
          co-op                                     | co op                              | too short to be a co- word of the instruments
          co-author                                 | co author                          | not in "o": "co-author" is not how the instruments write "coauthor"
          the co operation                          | cooperation                        | a space reads as a hyphen does: one character apart
          """)
  void joinsCoWords(String words, String expected) throws IOException {
    assertEquals(expected, WordFamilyFilterTest.terms(words));
  }
}
