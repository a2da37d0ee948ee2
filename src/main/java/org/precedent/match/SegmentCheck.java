package org.precedent.match;

import java.util.List;

/**
 * The check of one segment: where it is in the draft (UTF-16 offsets), its verdict, its precedents
 * best first (those covering a good part of it first; agreed sources before drafts and proposals
 * among those and among the rest), its stripped numbering label and what was normalised before
 * matching.
 */
public record SegmentCheck(
    String text,
    int start,
    int end,
    String label,
    Verdict verdict,
    List<Precedent> precedents,
    List<Normalisation> normalised) {}
