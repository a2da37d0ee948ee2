package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins the British "co-operation" and "co-ordination" (and "co-operate", "co-ordinated", ...) into
 * the one word the other instruments write, "cooperation": the tokenizer splits at the hyphen, and
 * a search for "cooperation" found one of the eleven provisions of the Council of Europe Convention
 * that say "co-operation". The joined word takes the position of "co"; the word after the hyphen
 * leaves its position empty, as a stopword does, so that every chain still writes a text's n-th
 * word at position n ({@link Analysis#positions}).
 */
final class CoPrefixFilter extends TokenFilter {
  /** The shortest word after "co-" that is joined: "co-op" is left alone. */
  private static final int MIN_REST = 4;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** The token read after a "co" that it did not join, to be given next. */
  private State held;

  /** Positions left empty by joined words, added to the next token given. */
  private int gap;

  CoPrefixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (held != null) {
      restoreState(held);
      held = null;
    } else if (!input.incrementToken()) {
      return false;
    }
    if (gap > 0) {
      increment.setPositionIncrement(increment.getPositionIncrement() + gap);
      gap = 0;
    }
    if (!isCo()) {
      return true;
    }
    State co = captureState();
    int coEnd = offset.endOffset();
    if (!input.incrementToken()) {
      restoreState(co);
      return true;
    }
    // One character between the two (the hyphen; a space there reads alike), and a word in "o".
    boolean joins =
        offset.startOffset() == coEnd + 1
            && increment.getPositionIncrement() == 1
            && term.length() >= MIN_REST
            && term.charAt(0) == 'o';
    if (!joins) {
      held = captureState();
      restoreState(co);
      return true;
    }
    String rest = term.toString();
    int end = offset.endOffset();
    restoreState(co);
    term.append(rest);
    offset.setOffset(offset.startOffset(), end);
    gap = 1;
    return true;
  }

  private boolean isCo() {
    return term.length() == 2 && term.charAt(0) == 'c' && term.charAt(1) == 'o';
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    held = null;
    gap = 0;
  }
}
