package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins each stemmed word to the next one the chain kept, as one term at the first word's position:
 * "trafficking in persons" gives "traffic _ person", one "_" for each stopword the chain dropped
 * between them. A stemmed phrase of two or more words is then a phrase (or a single term) of pairs
 * ({@link Fields#TEXT_PAIRS}): it reads the postings of "traffic _ person" (as many provisions as
 * hold the phrase) instead of the positions of "traffic" and "person" in every provision holding
 * both, which over a million provisions is most of them.
 *
 * <p>A pair matches what its words matched with one difference: a gap in the phrase is filled by
 * stopwords only. Word by word, "trafficking in persons" also matched "trafficking victims
 * persons", since the positional phrase let any word stand where the query had a stopword.
 *
 * <p>The last word of a text starts no pair, so a text of one word has none; a phrase of one word
 * is looked up as that word. A word stacked on another (increment 0) would be paired twice; no
 * stemmed chain here stacks words, so such a word is left out of the pairs.
 */
final class StemPairFilter extends TokenFilter {
  /** Stands for one dropped word inside a pair; no token holds a space, so pairs never collide. */
  static final String GAP = " _";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  /** The word that starts the next pair, and its position increment from the pair before. */
  private final StringBuilder first = new StringBuilder();

  private int firstIncrement;
  private boolean holding;

  StemPairFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      int gap = increment.getPositionIncrement();
      if (gap == 0) {
        continue;
      }
      if (!holding) {
        hold(gap);
        continue;
      }
      String second = term.toString();
      term.setEmpty().append(first);
      for (int dropped = 1; dropped < gap; dropped++) {
        term.append(GAP);
      }
      term.append(' ').append(second);
      increment.setPositionIncrement(firstIncrement);
      first.setLength(0);
      first.append(second);
      firstIncrement = gap;
      return true;
    }
    return false;
  }

  private void hold(int gap) {
    first.setLength(0);
    first.append(term);
    firstIncrement = gap;
    holding = true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    // The held word's position was never emitted: the stream's end lies that much further on.
    if (holding) {
      increment.setPositionIncrement(increment.getPositionIncrement() + firstIncrement);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    first.setLength(0);
    holding = false;
    firstIncrement = 0;
  }
}
