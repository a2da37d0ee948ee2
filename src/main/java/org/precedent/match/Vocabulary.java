package org.precedent.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Word ids for one check, and a cached answer to "is this word an OCR-damaged form of that one"
 * (one or two character edits on a long enough word: "condueted" ~ "conducted", "persous" ~
 * "persons"). Not thread-safe: one per request.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final Map<Long, Boolean> near = new HashMap<>();
  private final ToDoubleFunction<String> weigh;

  /** By word id; NaN until asked. */
  private double[] weights = new double[0];

  /** Every word weighs the same. */
  Vocabulary() {
    this(w -> 1.0);
  }

  /** A word weighs what {@code weigh} says, asked once per word. */
  Vocabulary(ToDoubleFunction<String> weigh) {
    this.weigh = weigh;
  }

  /** How much matching this word tells: see {@link WordWeights}. */
  double weight(int id) {
    if (id >= weights.length) {
      int from = weights.length;
      weights = Arrays.copyOf(weights, Math.max(id + 1, from * 2));
      Arrays.fill(weights, from, weights.length, Double.NaN);
    }
    if (Double.isNaN(weights[id])) {
      weights[id] = weigh.applyAsDouble(words.get(id));
    }
    return weights[id];
  }

  int id(String word) {
    // Looked up before adding: a lambda adding it would be made for each of a check's many words.
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      words.add(word);
      ids.put(word, id);
    }
    return id;
  }

  int[] ids(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(tokens.get(i).norm());
    }
    return out;
  }

  String word(int id) {
    return words.get(id);
  }

  boolean near(int x, int y) {
    if (x == y) {
      return true;
    }
    String a = words.get(x);
    String b = words.get(y);
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 4 || Math.abs(a.length() - b.length()) > 2 || isNumber(a) || isNumber(b)) {
      return false;
    }
    // OCR damage rarely hits both ends of a word: this cheap test spares most edit distances.
    if (a.charAt(0) != b.charAt(0) && !a.regionMatches(a.length() - 2, b, b.length() - 2, 2)) {
      return false;
    }
    // Multiplying by an odd constant keeps keys distinct and spreads Long.hashCode's bits.
    long key = (((long) Math.min(x, y) << 32) | Math.max(x, y)) * 0x9E3779B97F4A7C15L;
    // "relevant" is two edits from "irrelevant" but says the opposite: never OCR damage.
    return near.computeIfAbsent(
        key, k -> editDistance(a, b, shorter >= 8 ? 2 : 1) >= 0 && !NegatingPrefix.differ(a, b));
  }

  private static boolean isNumber(String s) {
    return Character.isDigit(s.charAt(0));
  }

  /** Levenshtein distance if at most {@code max}, else -1. */
  static int editDistance(String a, String b, int max) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return -1;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()] <= max ? prev[b.length()] : -1;
  }
}
