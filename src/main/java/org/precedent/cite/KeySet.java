package org.precedent.cite;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable set of token keys placed by length and first, second and last character, so that
 * asking about a word outside it (most words of a text) usually reads one empty slot, and an ASCII
 * token is answered from the source text without building its key.
 */
final class KeySet {
  private static final int SLOTS = 4_096;
  private final String[][] slots = new String[SLOTS][];

  KeySet(Collection<String> keys) {
    for (String key : keys) {
      if (!key.isEmpty() && !contains(key)) {
        int s = slot(key);
        String[] old = slots[s];
        String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = key;
        slots[s] = grown;
      }
    }
  }

  boolean contains(String key) {
    if (key.isEmpty()) {
      return false;
    }
    String[] candidates = slots[slot(key)];
    if (candidates == null) {
      return false;
    }
    for (String candidate : candidates) {
      if (candidate.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token}'s key is in the set. */
  boolean contains(Token token) {
    if (!token.isAscii()) {
      return contains(token.key());
    }
    int n = token.length();
    if (n == 0) {
      return false;
    }
    char second = token.asciiKeyAt(n > 1 ? 1 : 0);
    String[] candidates = slots[slot(n, token.asciiKeyAt(0), second, token.asciiKeyAt(n - 1))];
    if (candidates == null) {
      return false;
    }
    for (String candidate : candidates) {
      if (token.is(candidate)) {
        return true;
      }
    }
    return false;
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
