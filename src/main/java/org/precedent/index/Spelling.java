package org.precedent.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

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

  /** The listed words, looked up in a term's own buffer while indexing. */
  private static final CharArraySet LISTED;

  static {
    for (String[] row : DataList.rows("/index/spelling.tsv")) {
      WORDS.put(row[0], row[1]);
    }
    LISTED = new CharArraySet(WORDS.keySet(), false);
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

  /**
   * Whether {@link #standard} may change the first {@code length} chars of {@code word}: whether it
   * is listed or ends as a form of an "-ise" verb. Asked of every word indexed, it makes no string.
   */
  static boolean mayChange(char[] word, int length) {
    if (LISTED.contains(word, 0, length)) {
      return true;
    }
    for (String[] ending : IZE) {
      if (endsWith(word, length, ending[0])) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] word, int length, String ending) {
    int from = length - ending.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < ending.length(); i++) {
      if (word[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
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
