package org.precedent.cite;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map from token keys, placed by length and first, second and last character, so that
 * asking about a word outside it (most words of a text) usually reads one empty slot, and an ASCII
 * token is answered from the source text without building its key.
 */
final class KeyTable<V> {
  private static final int SLOTS = 4_096;
  private final String[][] keys = new String[SLOTS][];
  private final Object[][] values = new Object[SLOTS][];

  KeyTable(Map<String, V> entries) {
    entries.forEach(
        (key, value) -> {
          if (!key.isEmpty()) {
            int s = slot(key);
            String[] old = keys[s];
            int n = old == null ? 0 : old.length;
            keys[s] = old == null ? new String[1] : Arrays.copyOf(old, n + 1);
            values[s] = old == null ? new Object[1] : Arrays.copyOf(values[s], n + 1);
            keys[s][n] = key;
            values[s][n] = value;
          }
        });
  }

  /** The value for {@code key}, or null. */
  V get(String key) {
    if (key.isEmpty()) {
      return null;
    }
    int s = slot(key);
    String[] candidates = keys[s];
    if (candidates == null) {
      return null;
    }
    for (int n = 0; n < candidates.length; n++) {
      if (candidates[n].equals(key)) {
        return value(s, n);
      }
    }
    return null;
  }

  /** The value for {@code token}'s key, or null. */
  V get(Token token) {
    if (!token.isAscii()) {
      return get(token.key());
    }
    return token.length() == 0 ? null : ascii(token.source(), token.from(), token.length());
  }

  /**
   * The value for the key of ASCII token {@code i} of {@code tokens}, read from the text without
   * making the token: the finder asks this of nearly every token, and most are not in the table.
   */
  V getAscii(Tokens tokens, int i) {
    return ascii(tokens.source(), tokens.start(i), tokens.length(i));
  }

  /** The value for the ASCII characters {@code source[from, from + length)}, A-Z lower-cased. */
  private V ascii(char[] source, int from, int length) {
    int s =
        slot(
            length,
            Token.lowerAscii(source[from]),
            Token.lowerAscii(source[from + (length > 1 ? 1 : 0)]),
            Token.lowerAscii(source[from + length - 1]));
    String[] candidates = keys[s];
    if (candidates == null) {
      return null;
    }
    for (int n = 0; n < candidates.length; n++) {
      String key = candidates[n];
      if (key.length() == length && sameLowered(key, source, from)) {
        return value(s, n);
      }
    }
    return null;
  }

  private static boolean sameLowered(String key, char[] source, int from) {
    for (int k = 0; k < key.length(); k++) {
      if (Token.lowerAscii(source[from + k]) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private V value(int slot, int n) {
    return (V) values[slot][n];
  }

  private static int slot(String key) {
    int n = key.length();
    return slot(n, key.charAt(0), key.charAt(n > 1 ? 1 : 0), key.charAt(n - 1));
  }

  private static int slot(int length, char first, char second, char last) {
    int h = length * 0x9E3779B1 ^ first * 31 ^ second * 1_021 ^ last;
    return (h ^ (h >>> 12)) & (SLOTS - 1);
  }
}
