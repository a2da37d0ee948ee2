package org.precedent.cite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One token of the text being searched for citations. {@code start}/{@code end} are UTF-16 offsets
 * into the original text; {@code key} is the lower-cased, accent-folded form the grammar compares.
 */
record Token(Type type, String text, String key, int start, int end) {
  enum Type {
    /** A UN document symbol such as A/64/L.64 or E/2002/68/Add.1. */
    SYMBOL,
    /** Digits, optionally with one slash or dot part: 9, 61/180, 6.1. */
    NUMBER,
    WORD,
    PUNCT
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  static String fold(String text) {
    boolean ascii = true;
    for (int n = 0; n < text.length() && ascii; n++) {
      ascii = text.charAt(n) < 128;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  boolean is(String word) {
    return key.equals(word);
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean isPunct(char c) {
    return type == Type.PUNCT && text.charAt(0) == c;
  }

  /** A single lower-case letter, as in the (a) of "article 3 (a)". */
  boolean isLetter() {
    return type == Type.WORD && text.length() == 1 && Character.isLowerCase(text.charAt(0));
  }
}
