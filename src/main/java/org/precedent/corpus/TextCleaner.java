package org.precedent.corpus;

import java.util.regex.Pattern;

/**
 * Removes the OCR file's typesetting, never its words: markdown emphasis and heading marks,
 * footnote reference markers ({@code <sup>1</sup>}, superscript digits or {@code ^b} after a word)
 * and runs of white space. Misspellings and OCR damage stay as they are: the corpus must show what
 * the source shows.
 */
public final class TextCleaner {
  private static final Pattern SUP_TAG = Pattern.compile("<sup>[^<]{0,12}</sup>");
  private static final Pattern SUPERSCRIPT_MARK =
      Pattern.compile("(?<=[\\p{L}\\p{P}])[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+");

  /** A footnote letter set as {@code ^b} after a word ("Children,^b"); {@code ^{word}} stays. */
  private static final Pattern CARET_MARK =
      Pattern.compile("(?<=[\\p{L}\\p{P}])\\^[a-z0-9](?![\\p{L}\\p{N}])");

  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern EMPHASIS =
      Pattern.compile("(\\*{1,3}|_{2,3})(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

  private TextCleaner() {}

  public static String clean(String raw) {
    String text = SUP_TAG.matcher(raw).replaceAll("");
    text = SUPERSCRIPT_MARK.matcher(text).replaceAll("");
    text = CARET_MARK.matcher(text).replaceAll("");
    text = HEADING_MARK.matcher(text).replaceAll("");
    text = EMPHASIS.matcher(text).replaceAll("$2");
    text = SPACE.matcher(text).replaceAll(" ");
    return text.strip();
  }
}
