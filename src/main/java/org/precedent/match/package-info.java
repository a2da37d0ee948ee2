/**
 * Agreed-language check: a draft is cut into segments ({@link org.precedent.match.Segmenter}),
 * normalised with a report of what changed ({@link org.precedent.match.Normaliser}), matched to
 * candidate provisions over the index's shingle field ({@link
 * org.precedent.match.CandidateFinder}), aligned word by word ({@link
 * org.precedent.match.Aligner}), diffed for legal weight ({@link org.precedent.match.WeightDiffer})
 * and given a {@link org.precedent.match.Verdict} by {@link org.precedent.match.Checker}. The
 * segments of a long draft are checked on every core ({@link
 * org.precedent.match.ParallelSegments}). Offsets are UTF-16 code units into the caller's original
 * text.
 */
package org.precedent.match;
