package org.precedent.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query-side repair of one gap in KStem: English words ending in "-c" add a "k" before "-ing",
 * "-ed" and "-er" (traffic, trafficking, trafficked, trafficker), and KStem leaves those as
 * "traffick", "trafficke", "trafficker". Each such stem is expanded to its whole family at the same
 * position, so "traffic" finds "trafficking" and "trafficking" finds "trafficked persons".
 */
final class InflectionFilter extends TokenFilter {
  private static final Pattern FAMILY = Pattern.compile("([a-z]{3,}c)(k|ke|ker)?");
  private static final String[] ENDINGS = {"", "k", "ke", "ker"};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();

  InflectionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.pop());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    Matcher family = FAMILY.matcher(term);
    if (family.matches()) {
      String original = term.toString();
      for (String ending : ENDINGS) {
        String variant = family.group(1) + ending;
        if (!variant.equals(original)) {
          pending.add(variant);
        }
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
