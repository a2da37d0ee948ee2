package org.precedent.corpus.ingest;

/** Lower-case roman numerals for list labels (i, ii, ... xl); lists in treaties stay short. */
final class Roman {
  private static final int[] VALUES = {40, 10, 9, 5, 4, 1};
  private static final String[] DIGITS = {"xl", "x", "ix", "v", "iv", "i"};

  private Roman() {}

  static String of(int n) {
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        out.append(DIGITS[i]);
        rest -= VALUES[i];
      }
    }
    return out.toString();
  }
}
