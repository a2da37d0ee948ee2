package org.precedent.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a UN report's labels read: paragraph numbers, "(a)" items, roman clauses and headings,
 * including the forms OCR leaves behind ("4," for "4.", headings without labels, footnote marks
 * after a full stop). Pure string tests, so each rule is testable on its own.
 */
final class ReportLabels {
  static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3})([.,])\\s+(\\S.*)");
  static final Pattern ITEM = Pattern.compile("^\\(?([a-z]{1,4})\\)\\s+(\\S.*)");
  static final Pattern EMBEDDED_LABEL =
      Pattern.compile(
          "\\s((\\d{1,3})\\.\\s+\\S|\\(([a-z]{1,4})\\)\\s+\\S|([A-Z]|[IVX]{1,5})\\.\\s+\\S)");
  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^([IVXL]{1,6})\\.\\s+\\S.*|^(?i:annex|chapter)\\s+[IVXL0-9]+\\b.*");
  private static final Pattern LETTER_HEADING = Pattern.compile("^[A-Z]\\.\\s+\\S.*");
  private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
  private static final Pattern EMBEDDED_NUMBER = Pattern.compile("\\s\\d{1,3}\\.\\s+\\S");
  private static final List<String> ROMANS =
      List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");
  private static final int HEADING_MAX_CHARS = 320;
  private static final int UNLABELLED_HEADING_MAX_CHARS = 120;

  /**
   * An OCR'd footnote mark after a full stop ("understand. 10", "found.?") still ends a sentence.
   */
  private static final Pattern TRAILING_NOTE_MARK =
      Pattern.compile("(?<=[.;:])\\s?[0-9?!¢®©*'’]{1,3}$");

  private ReportLabels() {}

  /** Whether text ends a sentence (. ; :), ignoring an OCR'd footnote mark after it. */
  static boolean endsSentence(String text) {
    String bare = TRAILING_NOTE_MARK.matcher(text.strip()).replaceAll("");
    return !bare.isEmpty() && ".;:".indexOf(bare.charAt(bare.length() - 1)) >= 0;
  }

  /**
   * -1 for an annex, 0 for a roman chapter, 1 for a lettered section. "I.", "V.", "X." and "L." are
   * letters when they follow "H.", "U.", "W." and "K." (2009 recommendations: "I. Victim
   * protection" after "H. Non-punishment").
   */
  static int headingLevel(String text, char lastLetter) {
    if (text.regionMatches(true, 0, "annex", 0, 5)
        || text.regionMatches(true, 0, "chapter", 0, 7)) {
      return -1;
    }
    boolean letter = LETTER_HEADING.matcher(text).matches();
    if (letter && (!ROMAN_HEADING.matcher(text).matches() || text.charAt(0) == lastLetter + 1)) {
      return 1;
    }
    return ROMAN_HEADING.matcher(text).matches() ? 0 : 1;
  }

  static boolean readsAsLabelledHeading(String text) {
    return readsAsHeading(text)
        && (ROMAN_HEADING.matcher(text).matches() || LETTER_HEADING.matcher(text).matches());
  }

  /** A heading run into the next paragraph ("E. Prevention 7. With regard") ends at its number. */
  static String headingCandidate(String rest) {
    Matcher number = EMBEDDED_NUMBER.matcher(rest);
    return number.find() ? rest.substring(0, number.start()).strip() : rest;
  }

  static boolean expectedItem(String label, String subpara, String clause) {
    if (isClause(label, subpara, clause)) {
      int index = ROMANS.indexOf(label);
      return subpara != null && index >= 0 && index == ROMANS.indexOf(clause) + 1;
    }
    char next = subpara == null ? 'a' : (char) (subpara.charAt(0) + 1);
    return label.length() == 1 && label.charAt(0) == next;
  }

  /** Headings are short and carry no closing punctuation; sentences end with . ; : or , */
  static boolean readsAsHeading(String text) {
    if (text.length() > HEADING_MAX_CHARS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != ';' && last != ':' && last != ',';
  }

  /**
   * OCR'd reports lose some heading labels ("Universal adherence", "Country visits"): a short
   * capitalised line with no closing punctuation after a finished sentence reads as a heading. A
   * fragment of a sentence split by a page break never follows a finished sentence.
   */
  static boolean readsAsUnlabelledHeading(String text) {
    return text.length() <= UNLABELLED_HEADING_MAX_CHARS
        && Character.isUpperCase(text.charAt(0))
        && readsAsHeading(text);
  }

  /**
   * Whether "(label)" is a roman clause rather than the next letter: "(i)" after "(h)" is a letter,
   * "(i)" anywhere else is a clause, and "(v)"/"(x)" are clauses when a clause list is open.
   */
  static boolean isClause(String label, String lastSubpara, String lastClause) {
    if (!ROMAN.matcher(label).matches()) {
      return false;
    }
    if (label.length() > 1) {
      return true;
    }
    if (lastClause != null) {
      return true;
    }
    char previous = (char) (label.charAt(0) - 1);
    return lastSubpara == null || lastSubpara.charAt(0) != previous;
  }
}
