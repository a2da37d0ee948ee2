package org.precedent.match;

/**
 * A word of a text: {@code norm} is what matching compares, {@code surface} the word as written at
 * {@code start}..{@code end} (UTF-16 offsets into the normalised text). {@code boilerplate} marks
 * words inside a long recurring name, which never make a match on their own.
 */
public record Token(String norm, String surface, int start, int end, boolean boilerplate) {
  Token asBoilerplate() {
    return new Token(norm, surface, start, end, true);
  }

  Token withNorm(String other) {
    return new Token(other, surface, start, end, boilerplate);
  }
}
