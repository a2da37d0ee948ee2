package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written scanner against the pattern it implements (its class comment), run with {@code
 * Matcher.find}: the same tokens, types and offsets on text built from the characters where the two
 * could part ways (bounds of every repetition, surrogates, marks, odd spaces and digits).
 */
class TokenizerTest {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<sym>[A-Z]{1,10}(?:/[A-Za-z0-9]{1,12}(?:\\.[A-Za-z0-9]{1,6})?){1,8})"
              + "|(?<num>[0-9]{1,4}(?:[/.][0-9]{1,4})?(?![0-9]))"
              + "|(?<word>\\p{L}[\\p{L}\\p{M}]{0,60})"
              + "|(?<punct>[^\\s\\p{Z}\\p{L}\\p{N}])");

  private static final String[] PIECES = {
    "A",
    "Z",
    "E",
    "RES",
    "ABCDEFGHIJ",
    "ABCDEFGHIJK",
    "a",
    "z",
    "x",
    "/",
    ".",
    "0",
    "7",
    "12",
    "2024",
    "12345",
    "L.64",
    "Add.1",
    " ",
    "\t",
    "\u000B",
    "\n",
    "\u00A0",
    "\u2028",
    "\u3000",
    "\u0301",
    "é",
    "É",
    "ß",
    "ǅ",
    "Ⅳ",
    "²",
    "½",
    "٣",
    "\uD835\uDFCF",
    "\uD801\uDC00",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "\u0085",
    ",",
    "(",
    ")",
    "-",
    "\u2013",
    "'",
    "\u2019",
    "§",
    "abcdefghijklm",
  };

  static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String type =
          m.start(1) >= 0
              ? "SYMBOL"
              : m.start(2) >= 0 ? "NUMBER" : m.start(3) >= 0 ? "WORD" : "PUNCT";
      out.add(type + " " + m.start() + "-" + m.end());
    }
    return out;
  }

  static List<String> scanned(String text) {
    return Tokenizer.tokens(text).stream()
        .map(t -> t.type() + " " + t.start() + "-" + t.end())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithThePatternOnRandomText(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int n = 0; n < pieces; n++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        text.append(piece.repeat(random.nextInt(8) == 0 ? 1 + random.nextInt(70) : 1));
      }
      String s = text.toString();
      assertEquals(reference(s), scanned(s), () -> "text: " + escaped(s));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E/2002/68/Add.1 and A/64/L.64.",
        "A/a/b/c/d/e/f/g/h/i/j",
        "AB/abcdefghijklmnop.q",
        "1.23456 12345 1/2/3 2024. 61/180",
        "Article 3 (a), art. 6 (3) (c) of the Protocol",
      })
  void agreesWithThePatternOnCitations(String text) {
    assertEquals(reference(text), scanned(text));
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(
          c < 128 && c >= 32 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return b.toString();
  }
}
