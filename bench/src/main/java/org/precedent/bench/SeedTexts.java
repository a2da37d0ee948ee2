package org.precedent.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;

/**
 * The words of each real provision a synthetic one can be grown from, to say which seeds hold a
 * planted text. Two instruments of the corpus can hold one paragraph: A/64/L.64's PP 6 holds the
 * 19 July draft's PP 6 (whose opening the OCR lost) word for word, quote marks aside. A provision
 * grown from either holds the text a draft paragraph copied from the other reuses, and the
 * generator's lineage alone cannot tell which of the two the draft took.
 */
record SeedTexts(Map<String, String> words) {
  static SeedTexts of(Corpus real) {
    Map<String, String> words = new HashMap<>();
    for (Provision p : real.allProvisions()) {
      words.put(p.id().toString(), words(p.text()));
    }
    return new SeedTexts(Map.copyOf(words));
  }

  /**
   * Whether a provision grown from seed {@code listed} holds what a paragraph planted from seed
   * {@code planted} reuses: the same seed, or one holding all its words, in order, with no other
   * words among them.
   */
  boolean holds(String listed, String planted) {
    if (listed.equals(planted)) {
      return true;
    }
    String outer = words.get(listed);
    String inner = words.get(planted);
    return outer != null
        && inner != null
        && !inner.isEmpty()
        && (" " + outer + " ").contains(" " + inner + " ");
  }

  /** Lower-cased runs of letters and digits, one space between each. */
  private static String words(String text) {
    return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
  }
}
