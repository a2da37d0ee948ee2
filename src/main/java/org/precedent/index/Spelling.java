package org.precedent.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One spelling for a word written two ways. The instruments are written in British spelling and the
 * drafts and statements quoting them often are not: the Council of Europe's "Criminalisation" is
 * the United Nations' "criminalization", "forced labour" is a delegation's "forced labor". Search
 * reads every word in the spelling this gives, and the quotation and agreed-language checks forgive
 * the difference, from one list ({@code index/spelling.tsv}) and one rule: a verb in "-ise" is its
 * "-ize" form, except the words of their own in {@code index/ize-exceptions.txt} ("exercise",
 * "promise").
 */
public final class Spelling {
  private static final Map<String, String> WORDS = new HashMap<>();
  private static final Set<String> NOT_IZE =
      Set.copyOf(DataList.lines("/index/ize-exceptions.txt"));

  static {
    for (String[] row : DataList.rows("/index/spelling.tsv")) {
      WORDS.put(row[0], row[1]);
    }
  }

  /** The endings of an "-ise" verb's forms, each with its "-ize" form; longest first. */
  private static final List<String[]> IZE =
      List.of(
          new String[] {"isations", "izations"},
          new String[] {"isation", "ization"},
          new String[] {"isers", "izers"},
          new String[] {"iser", "izer"},
          new String[] {"ising", "izing"},
          new String[] {"ised", "ized"},
          new String[] {"ises", "izes"},
          new String[] {"ise", "ize"});

  /** Shorter "-ise" words are words of their own ("rise", "wise", "noise"), not verbs in "-ize". */
  private static final int MIN_IZE_VERB = 7;

  private Spelling() {}

  /** {@code word}, in lower case, in the one spelling: "organised" is "organized". */
  public static String standard(String word) {
    String listed = WORDS.get(word);
    return listed != null ? listed : izeForm(word);
  }

  /** The listed words, each with its one spelling. */
  static Map<String, String> listed() {
    return Map.copyOf(WORDS);
  }

  /**
   * Where an "-ise" verb's forms have their "is", counted from the end: the lengths of the endings
   * of {@link #IZE} ("-ise" 3, "-ised" 4, "-ising" 5, "-isation" 7, ...).
   */
  private static final int[] IS_FROM_END =
      IZE.stream().mapToInt(ending -> ending[0].length()).distinct().toArray();

  /**
   * Whether the first {@code length} chars of {@code word} may be a form of an "-ise" verb, which
   * {@link #standard} then decides. Asked of every word indexed, it reads two chars at each place
   * and makes no string: over the seeds' paragraphs the stemmed chain took 1.09-1.13 times as long
   * with the filter as without, and 1.15-1.18 comparing each ending in full.
   */
  static boolean mayBeIseForm(char[] word, int length) {
    for (int back : IS_FROM_END) {
      if (length > back && word[length - back] == 'i' && word[length - back + 1] == 's') {
        return true;
      }
    }
    return false;
  }

  private static String izeForm(String word) {
    for (String[] ending : IZE) {
      if (word.endsWith(ending[0])) {
        String stem = word.substring(0, word.length() - ending[0].length());
        String verb = stem + "ise";
        return verb.length() >= MIN_IZE_VERB && !NOT_IZE.contains(verb) ? stem + ending[1] : word;
      }
    }
    return word;
  }
}
