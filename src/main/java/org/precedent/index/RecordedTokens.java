package org.precedent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * What one field's analysis of a text gave the index: each token's term, as the bytes the index
 * writes, and its position increment. Immutable; a {@link Player} gives the index the same tokens
 * again without running the chain. Offsets are not kept: no field is indexed with them. Lucene's
 * {@code CachingTokenFilter} would keep a copy of every attribute of every token instead; copying
 * such states ({@code AttributeSource.State.clone}, in the stemmed chain's replay) was 3.5% of a
 * one-thread build's writer thread in a profile at 300k provisions.
 */
final class RecordedTokens {
  private final byte[] bytes;
  private final int[] ends;
  private final int[] increments;
  private final int endIncrement;

  private RecordedTokens(byte[] bytes, int[] ends, int[] increments, int endIncrement) {
    this.bytes = bytes;
    this.ends = ends;
    this.increments = increments;
    this.endIncrement = endIncrement;
  }

  /** Reads {@code stream} through and closes it. */
  static RecordedTokens of(TokenStream stream) {
    try (stream) {
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      byte[] bytes = new byte[64];
      int length = 0;
      int[] ends = new int[16];
      int[] increments = new int[16];
      int count = 0;
      stream.reset();
      while (stream.incrementToken()) {
        BytesRef b = term.getBytesRef();
        if (length + b.length > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + b.length));
        }
        System.arraycopy(b.bytes, b.offset, bytes, length, b.length);
        length += b.length;
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
          increments = Arrays.copyOf(increments, count * 2);
        }
        ends[count] = length;
        increments[count] = increment.getPositionIncrement();
        count++;
      }
      stream.end();
      return new RecordedTokens(
          Arrays.copyOf(bytes, length),
          Arrays.copyOf(ends, count),
          Arrays.copyOf(increments, count),
          increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return ends.length;
  }

  /** The recorded tokens as a new stream, for one field of one document. */
  TokenStream replay() {
    return new Player().play(this);
  }

  /**
   * A stream replaying one recording after another, for a writer thread that indexes one document
   * at a time: a new stream per field and document set up its attributes again each time, which was
   * 3% of a one-thread build's writer thread at 100k provisions.
   */
  static final class Player extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final BytesRef current = new BytesRef();
    private RecordedTokens tokens;
    private int next;

    /** This stream, now replaying {@code recorded} from its first token. */
    Player play(RecordedTokens recorded) {
      this.tokens = recorded;
      current.bytes = recorded.bytes;
      next = 0;
      return this;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.ends.length) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : tokens.ends[next - 1];
      current.offset = start;
      current.length = tokens.ends[next] - start;
      term.setBytesRef(current);
      increment.setPositionIncrement(tokens.increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(tokens.endIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
