package org.precedent.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The terms an analysis chain makes of a text, in order, for tests that compare them. */
public final class AnalyzedTerms {
  private AnalyzedTerms() {}

  /** A term and its position in the stream. */
  public record At(String term, int position) {}

  /** A term, its position, and the [start, end) offsets of the text it stands for. */
  public record Spanned(String term, int position, int start, int end) {}

  public static List<String> of(Analyzer analyzer, String field, String text) throws IOException {
    return positioned(analyzer.tokenStream(field, text)).stream().map(At::term).toList();
  }

  public static List<At> positioned(Analyzer analyzer, String field, String text)
      throws IOException {
    return positioned(analyzer.tokenStream(field, text));
  }

  /** Every term of {@code stream} with its position; the stream is consumed and closed. */
  public static List<At> positioned(TokenStream stream) throws IOException {
    return spanned(stream).stream().map(s -> new At(s.term(), s.position())).toList();
  }

  public static List<Spanned> spanned(Analyzer analyzer, String field, String text)
      throws IOException {
    return spanned(analyzer.tokenStream(field, text));
  }

  /** Every term of {@code stream} with its position and offsets; consumed and closed. */
  public static List<Spanned> spanned(TokenStream stream) throws IOException {
    List<Spanned> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Spanned(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }
}
