package org.precedent.match;

import java.util.List;

/**
 * The check of one segment: where it is in the draft (UTF-16 offsets), its verdict, its precedents
 * best first (those covering a good part of it first; agreed sources before drafts and proposals
 * among those and among the rest), its stripped numbering label, what was normalised before
 * matching, and the legal concepts it goes against without stating them ({@code against}: a
 * precedent listing one of them in its {@code concepts} states what the segment departs from).
 */
public record SegmentCheck(
    String text,
    int start,
    int end,
    String label,
    Verdict verdict,
    List<Precedent> precedents,
    List<Normalisation> normalised,
    List<String> against) {
  public SegmentCheck {
    against = List.copyOf(against);
  }
}
