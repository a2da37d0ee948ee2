package org.precedent.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns aligned candidates into precedents (diff, weight changes) and a segment into its verdict.
 * Thresholds are on the share of the segment's own words (outside long names) that a precedent
 * covers, and of their weight ({@link Alignment#covers}): a title shared with every treaty
 * reference never makes a match, nor do a few common words shared with a short segment.
 */
final class Judge {
  /** "A precedent covers most of it": the floor for modified and not_agreed_precedent. */
  static final double MOST = 0.6;

  /**
   * Drafts and proposals: a lower floor, since the verdict only says where the closest wording is,
   * not that it is agreed (a redrafted paragraph often keeps under half its earlier words).
   */
  static final double CLOSE = 0.4;

  /** A cosmetic variant must still cover nearly all of the segment's words. */
  static final double NEARLY_ALL = 0.9;

  /** Segments with fewer words of their own are too short to be agreed language. */
  static final int MIN_CONTENT_WORDS = 3;

  private final WeightDiffer weights;
  private final Set<String> cosmetic = new HashSet<>(WordLists.lines("cosmetic.txt"));

  Judge(WeightDiffer weights) {
    this.weights = weights;
  }

  /** A candidate with its diff and weight changes worked out. */
  record Assessment(Candidate candidate, Precedent precedent, boolean cosmeticOnly) {}

  /**
   * What a candidate's text changes in the segment: the span it aligns, the diff and the weight
   * changes. Every candidate holding the same text, aligned alike, reads the same, so a segment
   * works it out once for each alignment and shares it among such candidates.
   */
  record Reading(
      Precedent.Span aligned, List<DiffOp> ops, List<WeightChange> changes, boolean cosmeticOnly) {}

  Reading read(Candidate c, Normalised segment, String segmentText) {
    Alignment a = c.alignment();
    List<Token> span = c.words().tokens().subList(a.bStart(), a.bEnd());
    WordDiff diff = WordDiff.of(span, c.provision().text(), segment.tokens(), segmentText);
    if (!a.covers(CLOSE)) {
      // Not an edit of this provision (a paraphrase stating the same concept, a few shared
      // words): the diff pairs unrelated words, and a change of legal weight read from it, such
      // as "shall" become "are" or a "not" added beside the provision's own, would be false.
      return new Reading(spanOf(span), diff.ops(), List.of(), false);
    }
    List<WeightChange> changes =
        weights.diff(
            c.provision().text(),
            c.words().tokens(),
            a.bStart(),
            a.bEnd(),
            segment.tokens(),
            diff.changes());
    boolean cosmeticOnly =
        changes.isEmpty()
            && diff.changes().stream().allMatch(ch -> cosmetic(span, segment.tokens(), ch));
    return new Reading(spanOf(span), diff.ops(), changes, cosmeticOnly);
  }

  private static Precedent.Span spanOf(List<Token> span) {
    return new Precedent.Span(span.get(0).start(), span.get(span.size() - 1).end());
  }

  /**
   * The precedent {@code c} makes, with its text read as {@code r}, adopted as {@code adoption}.
   */
  Assessment assess(Candidate c, Reading r, Precedent.Adoption adoption) {
    Alignment a = c.alignment();
    Precedent p =
        new Precedent(
            c.provision().id().toString(),
            c.provision().citation(),
            c.provision().status().label(),
            c.date(),
            round(a.similarity()),
            round(a.coverage()),
            r.aligned(),
            r.ops(),
            r.changes(),
            c.concepts(),
            adoption);
    return new Assessment(c, p, r.cosmeticOnly());
  }

  Verdict verdict(Normalised segment, List<Assessment> assessments) {
    if (segment.contentSize() < MIN_CONTENT_WORDS) {
      return Verdict.NEW;
    }
    boolean modified = false;
    boolean variant = false;
    boolean elsewhere = false;
    // Only "not_agreed_precedent" says where the closest wording is: only outside agreed texts.
    double closestAgreed = -1;
    double closestOther = -1;
    for (Assessment x : assessments) {
      Alignment a = x.candidate().alignment();
      if (!x.candidate().agreedSource()) {
        elsewhere |= a.covers(CLOSE);
        closestOther = a.covers(CLOSE) ? Math.max(closestOther, a.similarity()) : closestOther;
        continue;
      }
      closestAgreed = a.covers(CLOSE) ? Math.max(closestAgreed, a.similarity()) : closestAgreed;
      // Every word agreed, but a qualifier of the quoted obligation left out: a modification.
      if (a.contained() && x.precedent().weightChanges().isEmpty()) {
        return Verdict.AGREED;
      }
      variant |= x.cosmeticOnly() && a.contentCoverage() >= NEARLY_ALL;
      modified |= a.covers(MOST);
    }
    if (variant) {
      return Verdict.AGREED_VARIANT;
    }
    // Agreed wording at least as close as any other is no wording found only in drafts: Protocol
    // art. 9 (2) whole with an obligation of the draft's own added is a modification of the
    // treaty, though what it adds keeps the treaty from covering most of it.
    if (modified || (elsewhere && closestAgreed >= closestOther)) {
      return Verdict.MODIFIED;
    }
    return elsewhere ? Verdict.NOT_AGREED_PRECEDENT : Verdict.NEW;
  }

  /**
   * A change is cosmetic when, leaving out listed cosmetic words (articles, determiners), what
   * remains pairs up word by word as OCR damage or a singular/plural difference.
   */
  private boolean cosmetic(List<Token> before, List<Token> after, WordDiff.Change ch) {
    List<String> was = substantive(before.subList(ch.from(), ch.fromEnd()));
    List<String> now = substantive(after.subList(ch.to(), ch.toEnd()));
    if (was.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < was.size(); i++) {
      if (!sameWord(was.get(i), now.get(i))) {
        return false;
      }
    }
    return true;
  }

  private List<String> substantive(List<Token> tokens) {
    return tokens.stream().map(Token::norm).filter(w -> !cosmetic.contains(w)).toList();
  }

  /**
   * One or two character edits on a long word (OCR), or the same word in singular and plural; never
   * a word and its negation ("relevant", "irrelevant"), which are as close.
   */
  static boolean sameWord(String x, String y) {
    if (x.equals(y) || singular(x).equals(singular(y))) {
      return true;
    }
    int shorter = Math.min(x.length(), y.length());
    return shorter >= 4
        && !NegatingPrefix.differ(x, y)
        && !Character.isDigit(x.charAt(0))
        && !Character.isDigit(y.charAt(0))
        && Vocabulary.editDistance(x, y, shorter >= 8 ? 2 : 1) >= 0;
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
