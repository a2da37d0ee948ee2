package org.precedent.match;

import java.util.List;

/**
 * How a segment lines up with a precedent: up to a few non-overlapping local alignments ({@code
 * pieces}, more than one when clauses were reordered), the word counts the verdict rests on, and
 * the same words weighed by how much they tell ({@link WordWeights}) for the similarity that ranks
 * precedents. Piece bounds are token indexes, end exclusive.
 *
 * @param matchedWeight weight of the segment's words aligned (an OCR-damaged match counting 0.8); a
 *     word of a long name counts a quarter, as it scores in the alignment
 * @param segmentWeight weight of all the segment's words, those of long names at a quarter
 * @param spanWeight weight of the precedent's words inside the pieces, those aligned to a word of a
 *     long name at a quarter
 */
record Alignment(
    List<Piece> pieces,
    int exact,
    int near,
    int matchedContent,
    int segmentSize,
    int contentSize,
    double matchedWeight,
    double segmentWeight,
    double spanWeight) {

  static final Alignment NONE = new Alignment(List.of(), 0, 0, 0, 0, 0, 0, 0, 0);

  /** One alignment can serve several candidates holding the same text: its pieces stay fixed. */
  Alignment {
    pieces = List.copyOf(pieces);
  }

  /** One local alignment: segment tokens aStart..aEnd against precedent tokens bStart..bEnd. */
  record Piece(int aStart, int aEnd, int bStart, int bEnd) {}

  boolean isEmpty() {
    return pieces.isEmpty();
  }

  /** Share of the segment's words aligned to the precedent. */
  double coverage() {
    return segmentSize == 0 ? 0 : Math.min(1, (exact + near) / (double) segmentSize);
  }

  /** Share of the segment's words outside long names that were aligned: boilerplate is no match. */
  double contentCoverage() {
    return contentSize == 0 ? 0 : Math.min(1, matchedContent / (double) contentSize);
  }

  /** Share of the segment's weight aligned: its words, each counted by how much it tells. */
  double weightCoverage() {
    return segmentWeight <= 0 ? 0 : Math.min(1, matchedWeight / segmentWeight);
  }

  /**
   * Whether the precedent holds at least {@code share} of the segment, counted both in its words
   * outside long names and in their weight. Counted in words alone, a short segment ("Decides to
   * remain seized of the matter.") was more than half held by a report sharing "to remain" and "of
   * the", and so found only in texts that are not agreed.
   */
  boolean covers(double share) {
    return contentCoverage() >= share && weightCoverage() >= share;
  }

  /**
   * Dice-like agreement between the whole segment and the aligned stretch of the precedent, each
   * word counted by its weight: "the liability of legal persons" shared says more than "of
   * trafficking in persons, including the", though both are five words.
   */
  double similarity() {
    double total = segmentWeight + spanWeight;
    return total <= 0 ? 0 : Math.min(1, 2 * matchedWeight / total);
  }

  int bStart() {
    return pieces.stream().mapToInt(Piece::bStart).min().orElse(0);
  }

  int bEnd() {
    return pieces.stream().mapToInt(Piece::bEnd).max().orElse(0);
  }

  /** The whole segment appears word for word, contiguously, in the precedent. */
  boolean contained() {
    if (pieces.size() != 1 || near > 0 || exact != segmentSize || segmentSize == 0) {
      return false;
    }
    Piece p = pieces.get(0);
    return p.aEnd() - p.aStart() == segmentSize && p.bEnd() - p.bStart() == segmentSize;
  }
}
