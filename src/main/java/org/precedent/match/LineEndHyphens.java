package org.precedent.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Words an OCR'd page broke at a line end with a hyphen ("phy-\nsical", "traffick-\ning"), read as
 * the word they are. Hyphens separate words ({@link Normaliser}), so such a word was two that no
 * provision holds, and verbatim treaty text became "modified". Only where the corpus says the
 * joined word: a compound broken at its own hyphen ("gender-\nsensitive", "non-\ngovernmental") is
 * written apart there and stays two words. The joined word keeps its offsets into the original
 * text, from the first part's start to the second's end.
 */
final class LineEndHyphens {
  private final Normaliser normaliser;

  LineEndHyphens(Normaliser normaliser) {
    this.normaliser = normaliser;
  }

  /**
   * {@code words} of {@code text} with each pair of words broken at a line end joined where {@code
   * joined} says the corpus reads the two (lower-cased, as written) as one word.
   */
  Normalised join(String text, Normalised words, BiPredicate<String, String> joined) {
    List<Token> tokens = words.tokens();
    List<Token> out = null;
    List<Normalisation> applied = null;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k + 1 < tokens.size() && brokenAtLineEnd(text, t, tokens.get(k + 1))) {
        Token next = tokens.get(k + 1);
        String first = t.surface().toLowerCase(java.util.Locale.ROOT);
        String second = next.surface().toLowerCase(java.util.Locale.ROOT);
        if (joined.test(first, second)) {
          if (out == null) {
            out = new ArrayList<>(tokens.subList(0, k));
            applied = new ArrayList<>(words.normalisations());
          }
          String surface = text.substring(t.start(), next.end());
          String word = normaliser.word(t.surface() + next.surface());
          out.add(new Token(word, surface, t.start(), next.end(), false));
          applied.add(new Normalisation("hyphenation", surface, word));
          k++;
          continue;
        }
      }
      if (out != null) {
        out.add(t);
      }
    }
    return out == null ? words : new Normalised(out, applied);
  }

  /**
   * Whether a hyphen and a line break, with nothing but spaces around them, lie between two words
   * made of letters: a number range ("2000-\n2010") is no broken word.
   */
  static boolean brokenAtLineEnd(String text, Token a, Token b) {
    if (!lastIsLetter(a.surface()) || !Character.isLetter(b.surface().codePointAt(0))) {
      return false;
    }
    int i = a.end();
    if (i >= b.start() || !isHyphen(text.charAt(i))) {
      return false;
    }
    boolean lineBreak = false;
    for (i++; i < b.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineBreak = true;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return lineBreak;
  }

  private static boolean lastIsLetter(String s) {
    return Character.isLetter(s.codePointBefore(s.length()));
  }

  /** A hyphen-minus, the Unicode hyphen, or a soft hyphen left before the line break. */
  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u00AD';
  }
}
