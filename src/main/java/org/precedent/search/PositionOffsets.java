package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * Where each word of a provision's text lies in it, by position, found by running the text fields'
 * tokenizer over the text again ({@link Analysis#positions}): the index keeps positions but no
 * offsets, and a page needs the offsets of ten provisions at most.
 */
final class PositionOffsets {
  private final int[] starts;
  private final int[] ends;

  private PositionOffsets(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The offsets of the words of {@code text} up to {@code last}, the last position asked for. */
  static PositionOffsets of(String text, int last) {
    int[] starts = new int[last + 1];
    int[] ends = new int[last + 1];
    Arrays.fill(starts, -1);
    Arrays.fill(ends, -1);
    int position = -1;
    // Closed without end() when it stops early: only the words up to the last match are read.
    try (TokenStream stream = Analysis.positions().tokenStream(Fields.TEXT, text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        if (position > last) {
          break;
        }
        starts[position] = offset.startOffset();
        ends[position] = offset.endOffset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PositionOffsets(starts, ends);
  }

  /** Offset where the token at {@code position} starts; -1 if the tokenizer gave none there. */
  int start(int position) {
    return position >= 0 && position < starts.length ? starts[position] : -1;
  }

  /** Offset where the token at {@code position} ends; -1 if the tokenizer gave none there. */
  int end(int position) {
    return position >= 0 && position < ends.length ? ends[position] : -1;
  }
}
