package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Repairs one gap in KStem: English words ending in "-c" add a "k" before "-ing", "-ed" and "-er"
 * (traffic, trafficking, trafficked, trafficker), and KStem leaves those as "traffick", "trafficke"
 * and "trafficker". Each is indexed, and looked up, as its "-c" form, so "traffic" finds
 * "trafficking" and "trafficking" finds "trafficked persons" with one term. The family used to be
 * added at query time as four stacked terms; the domain's commonest word then cost every query a
 * union of four postings lists (four times the time of one term over a million provisions).
 */
final class WordFamilyFilter extends TokenFilter {
  private static final String[] ENDINGS = {"ker", "ke", "k"};

  /** Letters before the "c": shorter words ("arc") are left alone. */
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  WordFamilyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    for (String ending : ENDINGS) {
      int root = length - ending.length();
      if (root > MIN_STEM && endsWith(ending) && term.charAt(root - 1) == 'c' && letters(root)) {
        term.setLength(root);
        return true;
      }
    }
    return true;
  }

  private boolean endsWith(String ending) {
    int from = term.length() - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (term.charAt(from + i) != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first {@code n} characters are lower-case ASCII letters. */
  private boolean letters(int n) {
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
