package org.precedent.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.precedent.index.Spelling;

/**
 * Splits a quotation or a provision into words and gives each a canonical form that forgives only
 * what the verifier lists: case, quote marks and apostrophes, dashes and hyphens, compatibility
 * forms of letters (bold, full-width, ligatures), and British/US spelling ({@link Spelling}).
 * Between words only the stops are compared (commas, semicolons, colons, full stops, question and
 * exclamation marks): a quote that moves one is not word for word, though its words are.
 */
final class QuoteWords {
  /**
   * Bounded: a word is at most 60 letters, joined by at most 8 apostrophes or hyphens. A hyphen (or
   * the "¬" OCR prints for one) before a line break or spaces joins too: "harbour-⏎ing" is a word
   * the line end split, and "child- and" is one suspended compound, read whole in the provision and
   * the quote alike.
   */
  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}]{1,60}(?:(?:['\u2018\u2019\u02bc\u2010\u2011\u2012\u2013\u2014\u00ac\\p{Cf}-]"
              + "|[\u00ac\u00ad\u2010\u2011-]\\s{1,4})[\\p{L}\\p{N}]{1,60}){0,8}");

  /**
   * What a compound may be written with between its parts: hyphens, "¬", the spaces after a hyphen
   * at a line end. Left out of the canonical form, so "co-operation" is "cooperation" and
   * "non-⏎governmental" is "non-governmental": the letters alone decide. Only between letters: a
   * range of numbers, "13-15", is not the number 1315.
   */
  private static final Pattern JOINERS =
      Pattern.compile("(?<=\\p{L})[\u00ac\u2010\u2011-]\\s*(?=\\p{L})");

  /** Invisible format characters a PDF leaves inside words: soft hyphen, zero-width space. */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc]");
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014]");

  private QuoteWords() {}

  /**
   * A word as written, its canonical form, and the stops written between it and the next word
   * ({@link #stops}): "" for none, null where they cannot be compared (the last word, or an item's
   * label between the two).
   */
  record Word(String raw, String canon, String after) {}

  /**
   * The words of a provision's text, read as a quote's are once its apparatus is off: without the
   * footnote marks the OCR left in a few texts ({@link Apparatus#marksOff}).
   */
  static List<Word> ofProvision(String text) {
    return words(Apparatus.marksOff(text));
  }

  /** The marks that end or divide a clause; a comma can change what a provision says. */
  private static final Pattern NOT_A_STOP = Pattern.compile("[^,;:.?!]+");

  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int end = -1; // where the last word kept ended
    boolean labelSince = false;
    while (m.find()) {
      if (isItemLabel(text, m.start(), m.end())) {
        labelSince = true;
        continue;
      }
      if (!out.isEmpty()) {
        Word last = out.get(out.size() - 1);
        String between = labelSince ? null : stops(text.substring(end, m.start()));
        out.set(out.size() - 1, new Word(last.raw(), last.canon(), between));
      }
      out.add(new Word(m.group(), canon(m.group()), null));
      end = m.end();
      labelSince = false;
    }
    return out;
  }

  /**
   * The stops in the text between two words, in order: spaces, quote marks, brackets and dashes
   * left out, since a quotation rightly changes quote marks and brackets to fit its own sentence.
   */
  static String stops(String between) {
    return NOT_A_STOP.matcher(between).replaceAll("");
  }

  /** A list item's letter, numeral or number: "a" to "zz", "i" to "xiii", "1" to "99". */
  private static final Pattern LABEL = Pattern.compile("[a-z]{1,2}|[ivx]{1,4}|\\d{1,2}");

  /**
   * What may stand before an item's label: the start, ":" or ";", perhaps with "and" or "or" after
   * it. Not a full stop, which also ends "para." before "(a)".
   */
  private static final Pattern BEFORE_ITEM = Pattern.compile("(?:^|[:;]|[:;]\\s*(?:and|or))\\s*$");

  /**
   * Whether the word at [start, end) labels an item of a list, "(b)" in "...; and (b) To protect"
   * or "b." in "...; b. take the necessary steps": a label is not a word of the provision, whose
   * text holds its items without them. "(a)" after a number or a word ("article 3 (a)",
   * "subparagraph (a)") is a reference and stays a word.
   */
  private static boolean isItemLabel(String text, int start, int end) {
    if (end >= text.length() || !LABEL.matcher(text.substring(start, end)).matches()) {
      return false;
    }
    boolean enclosed = start > 0 && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
    // "a." or "a)" as the Council of Europe Convention and Spanish texts label items.
    boolean bare =
        (start == 0 || text.charAt(start - 1) != '(')
            && (text.charAt(end) == '.' || text.charAt(end) == ')')
            && BARE_LABEL.matcher(text.substring(start, end)).matches();
    if (!enclosed && !bare) {
      return false;
    }
    int open = enclosed ? start - 1 : start;
    return BEFORE_ITEM.matcher(text.substring(Math.max(0, open - 12), open)).find();
  }

  /** A label written without an opening parenthesis: one letter, a roman numeral or a number. */
  private static final Pattern BARE_LABEL = Pattern.compile("[a-z]|[ivx]{1,4}|\\d{1,2}");

  static String canon(String raw) {
    String s = FORMAT.matcher(raw).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("'");
    s = DASHES.matcher(s).replaceAll("-");
    s = JOINERS.matcher(s).replaceAll("").replaceAll("\\s+", "");
    // NFKC: a word in bold or full-width letters, or with a ligature, is the word it shows.
    s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Spelling.standard(s);
  }

  /** Which forgiven difference separates two words with the same canonical form. */
  static String difference(String quoted, String original) {
    if (quoted.equals(original)) {
      return null;
    }
    String q = APOSTROPHES.matcher(quoted).replaceAll("'");
    String o = APOSTROPHES.matcher(original).replaceAll("'");
    if (q.equals(o)) {
      return "quote marks";
    }
    q = DASHES.matcher(q).replaceAll("-");
    o = DASHES.matcher(o).replaceAll("-");
    if (q.equals(o)) {
      return "dashes";
    }
    if (q.equalsIgnoreCase(o)) {
      return "case";
    }
    if (visible(q).equalsIgnoreCase(visible(o))) {
      return "characters";
    }
    if (letters(q).equalsIgnoreCase(letters(o))) {
      return "hyphenation";
    }
    return "spelling";
  }

  /**
   * A word's or compound's letters, hyphens and the spaces around them left out: "asylum seekers",
   * "asylum-seekers" and "asylum-⏎seekers" are one compound written three ways.
   */
  static String letters(String word) {
    return JOINERS.matcher(visible(word)).replaceAll("").replaceAll("\\s+", "");
  }

  /** The letters a word shows: compatibility forms folded, invisible characters left out. */
  private static String visible(String word) {
    return Normalizer.normalize(FORMAT.matcher(word).replaceAll(""), Normalizer.Form.NFKC);
  }
}
