package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts a segment's key finds as word for word the same. */
class TextKeyTest {
  private static final String PP_14 =
      "reinforce the implementation of existing instruments against trafficking in persons,";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Reinforce the implementation of existing instruments against trafficking in persons;",
        "  reinforce the implementation of existing instruments\\nagainst trafficking in persons",
        "REINFORCE THE IMPLEMENTATION OF EXISTING INSTRUMENTS AGAINST TRAFFICKING IN PERSONS.",
        "reinforce the implementation of existing instruments – against trafficking in persons"
      })
  void caseSpacingAndPunctuationDoNotCount(String variant) {
    assertEquals(TextKey.of(PP_14), TextKey.of(variant.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reinforce the implementation of existing instruments against trafficking in persons and"
            + " related human rights violations,|a word more",
        "reinforce the implementation of instruments against trafficking in persons,|a word less",
        "reinforce the implementation of existing instruments against trafficking of persons,"
            + "|a word changed",
        "reinforce the implementation of existing instruments against traffickingin persons,"
            + "|two words joined",
        "implementation reinforce the of existing instruments against trafficking in persons,"
            + "|words reordered"
      })
  void wordsCount(String other, String why) {
    assertNotEquals(TextKey.of(PP_14), TextKey.of(other), why);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", "...;", "—"})
  void aTextWithoutWordsHasNoKey(String text) {
    assertTrue(TextKey.of(text).isEmpty());
  }

  /** In other languages too, case goes and accents stay. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Élimination de la traite|élimination de la traite|true",
        "Artículo 3 a)|artículo 3 A|true",
        "Élimination de la traite|Elimination de la traite|false",
        "artículo 3|articulo 3|false"
      })
  void caseGoesAndAccentsStay(String text, String other, boolean same) {
    assertEquals(same, TextKey.of(text).equals(TextKey.of(other)));
  }

  /** A provision's length in the index order: the words its key is made of. */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "reinforce the implementation of existing instruments against trafficking in persons,|10",
        "resolution 55/25 of 2000, adopting the “UNTOC”|8",
        "  (a)  Principle 7 — non-punishment|5",
        "Ensure that trafficked persons are not détenus|7",
        "‘ — ’|0"
      })
  void wordsAreRunsOfLettersAndDigits(String text, int words) {
    assertEquals(words, TextKey.words(text));
  }

  /**
   * The count reads ASCII from a table and counts without branches; outside ASCII (accents, a
   * letter outside the basic plane, a lone surrogate, a dash) it must still count what a word is by
   * {@link Character#isLetterOrDigit(int)} over code points.
   */
  @Test
  void wordsCountRunsOfLettersAndDigitsInAnyScript() {
    String[] pieces = {
      "a",
      "Z",
      "0",
      "9",
      " ",
      ",",
      "_",
      "\u00e9",
      "\u00df",
      "\u2014",
      "\u00a0",
      "\u4e2d",
      "\ud835\udc00",
      "\ud800",
      "\udc00",
      "\u0660",
      "\u007f",
      "\u0080"
    };
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertEquals(runsOfLettersAndDigits(t), TextKey.words(t), t);
    }
  }

  private static int runsOfLettersAndDigits(String text) {
    int runs = 0;
    boolean previous = false;
    for (int c : text.codePoints().toArray()) {
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !previous) {
        runs++;
      }
      previous = letter;
    }
    return runs;
  }
}
