package org.precedent.cite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a quotation is written in, told by its commonest small words: enough to see that a
 * delegation quoted the Spanish text of an article the corpus holds in English, which no word diff
 * can compare. Languages are named by the codes instruments record ("en", "es", "fr").
 */
final class QuoteLanguage {
  /**
   * Small words of each language the corpus holds that the other two do not write ("la", "de" and
   * "que" are both Spanish and French, so they tell nothing).
   */
  private static final Map<String, Set<String>> MARKERS =
      Map.of(
          "en",
          Set.of("the", "of", "and", "to", "in", "that", "shall", "for", "by", "or", "be", "with"),
          "es",
          Set.of(
              "el", "los", "las", "del", "y", "o", "en", "por", "para", "con", "un", "una", "se",
              "ser", "son", "deben"),
          "fr",
          Set.of(
              "le", "les", "des", "du", "et", "ou", "dans", "pour", "par", "aux", "au", "une",
              "est", "ne", "pas", "être", "sont", "doivent"));

  /** Fewest marker words a text needs before its language is named. */
  private static final int MIN_MARKERS = 2;

  private static final Map<String, String> NAMES =
      Map.of("en", "English", "es", "Spanish", "fr", "French");

  private QuoteLanguage() {}

  /** The language's name for a message ("Spanish"), or its code where it has none here. */
  static String name(String code) {
    return NAMES.getOrDefault(code, code);
  }

  /** The code of the language {@code words} are in, or null when too few small words tell it. */
  static String of(List<QuoteWords.Word> words) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Set<String>> language : MARKERS.entrySet()) {
      int n = 0;
      for (QuoteWords.Word w : words) {
        n += language.getValue().contains(w.raw().toLowerCase(Locale.ROOT)) ? 1 : 0;
      }
      if (n > bestCount) {
        second = bestCount;
        bestCount = n;
        best = language.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    // A clear lead, not a bare majority, names one: a quoted title may be in another language.
    return bestCount >= MIN_MARKERS && bestCount >= 2 * second ? best : null;
  }
}
