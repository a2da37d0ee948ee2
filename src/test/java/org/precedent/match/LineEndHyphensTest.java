package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words an OCR'd page broke at a line end, joined where the corpus holds them joined. */
class LineEndHyphensTest {
  private static final Normaliser NORMALISER = new Normaliser();

  /** What the corpus (tip-protocol.txt) holds as one word; anything else it holds apart. */
  private static final Set<String> CORPUS_WORDS = Set.of("physical", "trafficking", "governmental");

  /**
   * Columns: text ("¶" for a line break) | its words as compared, joined by spaces | why. Offsets
   * are checked against the text for every word.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "provide for the phy-¶sical, psychological | provide for the physical psychological"
            + " | art. 6 (3), line 89, broken at its line ends",
        "victims of traffick-¶ing in persons | victims of trafficking in persons | the break"
            + " inside a suffix",
        "in cooperation with non-govern-¶mental organizations | in cooperation with non"
            + " governmental organizations | the break joined, the compound's own hyphen kept",
        "child- and gender-¶sensitive issues | child and gender sensitive issues | art. 10 (2),"
            + " line 161: 'gendersensitive' is no word of the corpus",
        "the phy-  ¶  sical recovery | the physical recovery | spaces around the break",
        "the phy- sical recovery | the phy sical recovery | a hyphen without a line break is no"
            + " break at a line end",
        "the phy¶sical recovery | the phy sical recovery | a line break without a hyphen",
        "years 2000-¶2010 | years 2000 2010 | a range of numbers",
      })
  void joinsWordsBrokenAtLineEnds(String written, String compared, String why) {
    String text = written.replace("¶", "\n");
    Normalised words =
        new LineEndHyphens(NORMALISER)
            .join(text, NORMALISER.normalise(text), (a, b) -> CORPUS_WORDS.contains(a + b));
    List<Token> tokens = words.tokens();
    assertEquals(compared, String.join(" ", tokens.stream().map(Token::norm).toList()), why);
    for (Token t : tokens) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()), why + ": offsets of " + t);
    }
  }
}
