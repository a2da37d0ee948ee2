package org.precedent.cite;

import java.text.Normalizer;
import java.util.Locale;

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

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
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
