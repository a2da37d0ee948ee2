package org.precedent.corpus;

/**
 * A paragraph of source text after cleaning: its words and the source lines it spans (1-based,
 * inclusive, in the file named by the instrument's provenance).
 */
public record Block(String text, int fromLine, int toLine) {
  public Block {
    if (fromLine < 1 || toLine < fromLine) {
      throw new IllegalArgumentException("bad line range " + fromLine + "-" + toLine);
    }
  }
}
