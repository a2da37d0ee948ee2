package org.precedent.match;

/**
 * One sentence or clause of a draft: {@code text} is exactly {@code draft.substring(start, end)}
 * (UTF-16 offsets), without the numbering {@code label} ("PP.4", "1bis.", "(a)") that preceded it;
 * {@code label} is empty when there was none.
 */
public record Segment(String text, int start, int end, String label) {
  public Segment {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("segment offsets " + start + ".." + end + " do not fit");
    }
  }
}
