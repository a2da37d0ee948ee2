package org.precedent.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads every underscore as a space, before the tokenizer. The seeds' OCR sometimes printed the
 * space between two words as an underscore ("crimes of trafficking_in persons"), and Unicode word
 * breaking keeps letters joined by an underscore as one word, so the phrase "crimes of trafficking
 * in persons" did not find the provision. Read as a space, the words are two, and a literal word
 * can no longer hold the underscore that the exact field's common-word pairs use to join two words
 * ("trafficking_in"). One character for one keeps every offset where it was.
 */
final class UnderscoreSpaceFilter extends CharFilter {
  UnderscoreSpaceFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset; i < offset + read; i++) {
      if (buffer[i] == '_') {
        buffer[i] = ' ';
      }
    }
    return read;
  }

  @Override
  protected int correct(int currentOffset) {
    return currentOffset;
  }
}
