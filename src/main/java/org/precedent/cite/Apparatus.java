package org.precedent.cite;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed text sets around a provision's words without being any of them, copied into a
 * quote with the words: the labels of an article's paragraphs ("2. The provisions of the
 * Convention"), and footnote marks ("acts²", "conduct.³", "intentionally[12]"); and what a quoting
 * writer notes in brackets ("(emphasis added)", "[sic]"). The corpus holds a provision's text
 * without them (corpus/README, "What the text of a provision is"), so a quote is compared without
 * them too, each kind named among the differences forgiven. Only where a number stands as a label
 * or a mark: "under 18 years", "article 3. Each" keep their numbers as words.
 */
final class Apparatus {
  static final String PARAGRAPH_LABELS = "paragraph labels";
  static final String FOOTNOTE_MARKS = "footnote marks";
  static final String EDITORIAL_NOTES = "editorial note";

  /**
   * A paragraph's number and full stop before the paragraph's first word, capitalised as every
   * paragraph of the treaties opens: "2. Each State Party". Where it may stand is decided by {@link
   * #opensAParagraph}.
   */
  private static final Pattern LABEL =
      Pattern.compile("\\d{1,2}\\.(?=\\s{1,20}[\"\u201c(]?\\p{Lu})");

  /**
   * A note the quoting writer adds in brackets, about the quote and not in it: "(emphasis added)",
   * "[emphasis mine]", "(footnote omitted)", "[sic]". Left out with the spaces before it.
   */
  private static final Pattern EDITORIAL_NOTE =
      Pattern.compile(
          "\\s{0,20}[(\\[]\\s{0,3}(?:(?:emphasis|italics)\\s{1,3}(?:added|mine|supplied"
              + "|in\\s{1,3}(?:the\\s{1,3})?original)|original\\s{1,3}emphasis"
              + "|(?:internal\\s{1,3})?(?:footnotes?|citations?|references?)\\s{1,3}omitted|sic)"
              + "\\s{0,3}[)\\]]",
          Pattern.CASE_INSENSITIVE);

  /** Superscript digits: printed only as footnote marks, wherever they stand. */
  private static final Pattern SUPERSCRIPT = Pattern.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+");

  /** A footnote's number in brackets right after a word or a stop: "intentionally[12]". */
  private static final Pattern BRACKETED_MARK = Pattern.compile("(?<=[\\p{L}.,;:)])\\[\\d{1,3}\\]");

  /**
   * A footnote's digits glued to a word ending in a lowercase letter, or to the stop after it, as
   * OCR prints a superscript: "acts2", "conduct.3". Not after a capital ("G8") or a digit ("2.6").
   */
  private static final Pattern GLUED_MARK =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{L}{0,60}\\p{Ll})([.,;:]?)\\d{1,3}(?![\\p{L}\\p{N}])");

  /**
   * Words, most shortened with a full stop, that a number follows as a reference, not as a label or
   * a mark: "para. 2", "No. 3", "par.111", a symbol's "Add.1" or "Rev.2".
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "para",
          "paras",
          "par",
          "pars",
          "paragraph",
          "art",
          "arts",
          "article",
          "no",
          "nos",
          "p",
          "pp",
          "page",
          "cf",
          "sect",
          "section",
          "ch",
          "chap",
          "chapter",
          "vol",
          "op",
          "annex",
          "res",
          "resolution",
          "decision",
          "principle",
          "guideline",
          "add",
          "rev",
          "corr",
          "suppl",
          "sess");

  /** What a paragraph's label may follow: a stop ending the paragraph before, or nothing. */
  private static final Pattern BEFORE_LABEL =
      Pattern.compile("(?:^|([\\p{L}\\p{N})]*)[.;:][\"\u201d\u2019)]?)\\s{1,20}$");

  private Apparatus() {}

  /** {@code quote} without its labels and marks; the kinds it had are added to {@code forgiven}. */
  static String strip(String quote, Set<String> forgiven) {
    String s = EDITORIAL_NOTE.matcher(quote).replaceAll("");
    if (!s.equals(quote)) {
      forgiven.add(EDITORIAL_NOTES);
    }
    StringBuilder out = new StringBuilder(s.length());
    Matcher m = LABEL.matcher(s);
    int kept = 0;
    while (m.find()) {
      if (opensAParagraph(s, m.start())) {
        out.append(s, kept, m.start());
        kept = m.end();
        forgiven.add(PARAGRAPH_LABELS);
      }
    }
    s = out.append(s, kept, s.length()).toString();
    String unmarked = marksOff(s);
    if (!unmarked.equals(s)) {
      forgiven.add(FOOTNOTE_MARKS);
    }
    return unmarked;
  }

  /**
   * {@code text} without footnote marks. A provision's text is read so too before a quote is set
   * against it: the OCR left a few marks in the corpus ("trafficking2" in A/64/290), and a quote
   * copying one word for word must not differ there.
   */
  static String marksOff(String text) {
    String s = SUPERSCRIPT.matcher(text).replaceAll("");
    s = BRACKETED_MARK.matcher(s).replaceAll("");
    return GLUED_MARK.matcher(s).replaceAll(Apparatus::unmarked);
  }

  /**
   * The word and stop before a glued mark, without it; all of it where the word is a single letter
   * or an abbreviation ("para.3"), whose number is a reference.
   */
  private static String unmarked(MatchResult m) {
    String word = m.group(1);
    boolean reference = word.length() < 2 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    return Matcher.quoteReplacement(reference ? m.group() : word + m.group(2));
  }

  /**
   * Whether a number at {@code at} opens the quote or follows the full stop, semicolon or colon
   * that ends a paragraph, that stop not an abbreviation's ("para. 2. The" cites a paragraph).
   */
  private static boolean opensAParagraph(String text, int at) {
    if (at == 0) {
      return true;
    }
    Matcher before = BEFORE_LABEL.matcher(text.substring(Math.max(0, at - 40), at));
    if (!before.find()) {
      return false;
    }
    String word = before.group(1);
    return word == null || !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
