package org.precedent.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The terms an analysis chain makes of a text, in order, for tests that compare them. */
public final class AnalyzedTerms {
  private AnalyzedTerms() {}

  /** A term and its position in the stream. */
  public record At(String term, int position) {}

  public static List<String> of(Analyzer analyzer, String field, String text) throws IOException {
    return positioned(analyzer.tokenStream(field, text)).stream().map(At::term).toList();
  }

  public static List<At> positioned(Analyzer analyzer, String field, String text)
      throws IOException {
    return positioned(analyzer.tokenStream(field, text));
  }

  /** Every term of {@code stream} with its position; the stream is consumed and closed. */
  public static List<At> positioned(TokenStream stream) throws IOException {
    List<At> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new At(term.toString(), position));
      }
      ts.end();
    }
    return out;
  }
}
