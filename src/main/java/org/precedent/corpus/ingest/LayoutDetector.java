package org.precedent.corpus.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the structure parser from the text's own labels, most specific first: articles make a
 * treaty, PP/OP labels or a "The General Assembly," opening make a resolution, principles and
 * guidelines the OHCHR layout, numbered paragraphs a report; anything else is plain paragraphs.
 */
public final class LayoutDetector {
  private static final Pattern ARTICLE = Pattern.compile("^Article\\s+\\d+\\b");
  private static final Pattern PP_OP = Pattern.compile("^(PP|OP)\\.?\\s?\\d+");
  private static final Pattern RESOLUTION_OPENING =
      Pattern.compile(
          "^The (General Assembly|Economic and Social Council|Human Rights Council|Security Council),$");
  private static final Pattern PRINCIPLE = Pattern.compile("^(Principle|Guideline)\\s+\\d+");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s");

  private LayoutDetector() {}

  public static String detect(List<String> lines) {
    int articles = 0;
    int resolution = 0;
    int principles = 0;
    int numbered = 0;
    for (String raw : lines) {
      String line = raw.strip();
      articles += ARTICLE.matcher(line).find() ? 1 : 0;
      resolution +=
          PP_OP.matcher(line).find() || RESOLUTION_OPENING.matcher(line).matches() ? 1 : 0;
      principles += PRINCIPLE.matcher(line).find() ? 1 : 0;
      numbered += NUMBERED.matcher(line).find() ? 1 : 0;
    }
    if (articles >= 2) {
      return "treaty";
    }
    if (resolution >= 1) {
      return "resolution";
    }
    if (principles >= 2) {
      return "principles";
    }
    return numbered >= 2 ? "report" : "paragraphs";
  }
}
