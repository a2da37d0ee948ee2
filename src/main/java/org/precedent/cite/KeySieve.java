package org.precedent.cite;

import java.util.Map;

/**
 * Answers, from an ASCII token's characters while the tokenizer still holds them, whether its key
 * may be one the grammar begins a citation with, or one that carries a lead on to a name: a bit per
 * hash of the key, set for every such key, so a token whose bit is clear is certainly not one. Most
 * words of a text are neither, and the finder then passes over them without looking their key up in
 * the grammar's table ({@link CitationGrammar#beginsNothing}), which read the characters a second
 * time, out of the order the tokenizer read them in.
 */
final class KeySieve {
  private static final int BITS = 15;

  /** Passes every token: tokens scanned without a grammar are looked up as before. */
  static final KeySieve ALL = new KeySieve();

  private final long[] begins;
  private final long[] names;

  private KeySieve() {
    begins = null;
    names = null;
  }

  /**
   * A key whose first letter is "i" counts as beginning: the finder reads "its", "ibid" and "id"
   * itself, and {@link CitationGrammar#beginsNothing} never passes over a known key starting so.
   */
  KeySieve(Map<String, GrammarWord> words) {
    begins = new long[1 << (BITS - 6)];
    names = new long[1 << (BITS - 6)];
    words.forEach(
        (key, word) -> {
          if (key.isEmpty()) {
            return;
          }
          int bit = bit(key);
          if (word.begins() || key.charAt(0) == 'i') {
            begins[bit >>> 6] |= 1L << bit;
          }
          if (word.lead() || word.series() != null || word.startsName() || word.startsGeneric()) {
            names[bit >>> 6] |= 1L << bit;
          }
        });
  }

  /**
   * {@link Tokens#MAY_BEGIN} and {@link Tokens#MAY_NAME} for the ASCII token {@code text[from,
   * to)}, whose key is its text with A-Z lower-cased.
   */
  byte bits(char[] text, int from, int to) {
    if (begins == null) {
      return Tokens.MAY_BEGIN | Tokens.MAY_NAME;
    }
    int bit = spread(Token.asciiKeyHash(text, from, to - from));
    long mask = 1L << bit;
    int word = bit >>> 6;
    return (byte)
        (((begins[word] & mask) != 0 ? Tokens.MAY_BEGIN : 0)
            | ((names[word] & mask) != 0 ? Tokens.MAY_NAME : 0));
  }

  /** A key's bit, from its {@code String.hashCode}: the sum {@link #bits} takes of a token. */
  private static int bit(String key) {
    return spread(key.hashCode());
  }

  /**
   * The top bits of a multiplicative hash: {@code String.hashCode} alone is poor in its low bits.
   */
  private static int spread(int h) {
    return (h * 0x9E3779B9) >>> (32 - BITS);
  }
}
