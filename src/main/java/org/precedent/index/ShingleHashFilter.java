package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each shingle with a 63-bit hash of its text, written as nine 7-bit characters: nine
 * bytes in the index where the text averages about 25 (shipped corpus). Term hashing compares and
 * copies each token's bytes, and the flush sorts and writes each distinct term; short fixed-width
 * terms make both cheaper. The candidate search only asks whether two texts share a run, so the
 * hash serves as well as the text. Two different runs share a hash with a chance of about n²/2^64
 * for n distinct runs (the million-provision benchmark corpus has 900,000: 4 × 10^-8); such a pair
 * would add one candidate, which alignment then scores on the real text.
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
    write(hash, term.resizeBuffer(CHARS));
    term.setLength(CHARS);
    return true;
  }

  /** Writes {@code hash} into the first {@link #CHARS} characters of {@code out}, 7 bits each. */
  static void write(long hash, char[] out) {
    for (int i = 0; i < CHARS; i++) {
      out[i] = (char) ((hash >>> (7 * i)) & 0x7F);
    }
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
