package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a quotation agrees with a provision up to OCR noise and the quoting document's own edits.
 * Both are lower-cased and cut into words (letters and digits; quote marks, dashes and punctuation
 * fall away; editorial brackets as in "[e]ach" keep their letters). The quotation, split at
 * ellipses, must then occur as contiguous runs of the provision's words, in order, where a word may
 * differ by OCR noise (one edit, two in words of eight letters or more), two provision words may
 * appear joined ("cooperate" for "co-operate") or one split in two, and the last word of a run may
 * be cut short. A changed, added or dropped word ("should" for "shall") is a disagreement.
 */
final class QuoteAlignment {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s?\\.\\s?\\.|…");

  /** "[e]ach", "[T]raining": the quoting document's editorial brackets keep their letters. */
  private static final Pattern EDITORIAL_BRACKET = Pattern.compile("[\\[\\]]");

  private static final Pattern MIRROR_LETTER = Pattern.compile("(?<![(\\w])([a-z])\\)");

  private QuoteAlignment() {}

  static boolean agrees(String quotation, String provision) {
    List<String> text = words(provision);
    int from = 0;
    for (String segment : ELLIPSIS.split(quotation)) {
      List<String> quote = words(segment);
      if (quote.isEmpty()) {
        continue;
      }
      int end = alignedEnd(quote, text, from);
      if (end < 0) {
        return false;
      }
      from = end;
    }
    return true;
  }

  static List<String> words(String text) {
    String t = MIRROR_LETTER.matcher(text).replaceAll("($1)").toLowerCase(Locale.ROOT);
    t = EDITORIAL_BRACKET.matcher(t).replaceAll("");
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The provision position just after the first run matching {@code quote} that starts at or after
   * {@code from}, or -1. reach[k][j]: quote words 0..k-1 align with text words ending before j.
   */
  private static int alignedEnd(List<String> quote, List<String> text, int from) {
    int m = quote.size();
    int n = text.size();
    for (int start = from; start < n; start++) {
      boolean[][] reach = new boolean[m + 1][n + 2];
      reach[0][start] = true;
      for (int k = 0; k < m; k++) {
        for (int j = start; j <= n; j++) {
          if (!reach[k][j]) {
            continue;
          }
          String q = quote.get(k);
          if (j < n && close(q, text.get(j))) {
            reach[k + 1][j + 1] = true;
          }
          if (j + 1 < n && close(q, text.get(j) + text.get(j + 1))) {
            reach[k + 1][j + 2] = true;
          }
          if (k + 1 < m && j < n && close(q + quote.get(k + 1), text.get(j))) {
            reach[k + 2][j + 1] = true;
          }
          if (k == m - 1 && j < n && q.length() >= 2 && text.get(j).startsWith(q)) {
            reach[m][j + 1] = true;
          }
        }
      }
      for (int j = start; j <= n; j++) {
        if (reach[m][j]) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Equal, or within OCR noise: one edit, two for words of eight letters or more. */
  static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int longest = Math.max(a.length(), b.length());
    if (longest < 4 || a.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int budget = longest >= 8 ? 2 : 1;
    return Math.abs(a.length() - b.length()) <= budget && distance(a, b) <= budget;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
