package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each shingle with a 63-bit hash of its text, written as nine 7-bit characters (nine
 * bytes in the index). A four-word shingle averages about 27 bytes, and nearly every one is a new
 * term: indexing spent most of its term-hashing time comparing and copying those bytes, and
 * flushing sorted and wrote them. The candidate search only asks whether two texts share a run, so
 * a fixed-width hash serves as well; two different runs sharing a hash (about one pair in 10^5 over
 * the 30 million distinct runs of a million provisions) would add one candidate, which alignment
 * then scores on the real text.
 */
final class ShingleHashFilter extends TokenFilter {
  static final int CHARS = 9;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ShingleHashFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    long hash = hash(term.buffer(), term.length());
    char[] out = term.resizeBuffer(CHARS);
    for (int i = 0; i < CHARS; i++) {
      out[i] = (char) ((hash >>> (7 * i)) & 0x7F);
    }
    term.setLength(CHARS);
    return true;
  }

  /**
   * FNV-1a over the characters, then a 64-bit finaliser so every output bit depends on every input.
   */
  static long hash(char[] chars, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      h ^= chars[i];
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
