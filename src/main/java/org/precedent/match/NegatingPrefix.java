package org.precedent.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Two words that differ by a negating prefix ("irrelevant" and "relevant", "lawful" and
 * "unlawful"). They are one or two letters apart, which OCR tolerance reads as the same damaged
 * word, yet one says the opposite of the other: Protocol art. 3 (b)'s consent "shall be irrelevant"
 * made "relevant" inverts the definition. Such a pair is never near, never cosmetic, and is a
 * reversal.
 */
final class NegatingPrefix {
  /** The prefixes that negate the word they are written before, each matched whole. */
  private static final List<String> PREFIXES = List.of("non", "dis", "ir", "il", "im", "in", "un");

  /** The shortest word a prefix is taken off: "in" + "to" is no negation. */
  private static final int MIN_BASE = 4;

  /**
   * Words that start with one of the prefixes without being negations of the rest ("inform" is not
   * "not form"). Only the warning's name depends on this: such a pair is never OCR damage either.
   */
  private static final Set<String> NOT_NEGATIONS =
      Set.of(
          "inform",
          "improve",
          "impose",
          "imprison",
          "impact",
          "import",
          "impart",
          "implant",
          "impress",
          "imprint",
          "income",
          "inside",
          "instead",
          "intend",
          "invest",
          "invent",
          "inland",
          "disclose",
          "dispose",
          "discharge",
          "discover",
          "display",
          "disease",
          "dismiss",
          "dispatch",
          "unless",
          "uncover",
          "immigrate",
          "immigrant",
          "impair",
          "dissolve",
          "disclosure");

  private NegatingPrefix() {}

  /** Whether one word is the other with a negating prefix added (either way round). */
  static boolean differ(String x, String y) {
    return prefix(x, y).isPresent() || prefix(y, x).isPresent();
  }

  /** The negating prefix {@code longer} adds to {@code base}, if it is {@code base} so prefixed. */
  static Optional<String> prefix(String base, String longer) {
    if (base.length() < MIN_BASE || longer.length() <= base.length() || !longer.endsWith(base)) {
      return Optional.empty();
    }
    String head = longer.substring(0, longer.length() - base.length());
    return PREFIXES.contains(head) ? Optional.of(head) : Optional.empty();
  }

  /** Endings of the words in {@link #NOT_NEGATIONS} that keep them what they are. */
  private static final Set<String> ENDINGS =
      Set.of("", "s", "d", "ed", "es", "ing", "ion", "ions", "ation", "ations", "ment", "ments");

  /**
   * Whether {@code longer}, starting with a negating prefix, is a negation of the word after it:
   * "informal" is, "information" is not.
   */
  static boolean negates(String longer) {
    for (String word : NOT_NEGATIONS) {
      String stem = word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
      if (longer.startsWith(stem)
          && (ENDINGS.contains(longer.substring(stem.length()))
              || ENDINGS.contains(longer.substring(stem.length()).replaceFirst("^e", "")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reversals a word diff makes, from {@code precedent} (the aligned part) to {@code segment}:
   * "reverses: 'irrelevant' → 'relevant'". A "non-" written apart ("non-governmental") is a word of
   * its own, so "non" dropped or added before a word both texts hold is one too; a word that only
   * joins it ("nongovernmental" for "non-governmental") is not.
   */
  static List<WeightChange> reversals(
      List<Token> precedent, List<Token> segment, List<WordDiff.Change> changes) {
    List<WeightChange> out = new ArrayList<>();
    for (WordDiff.Change c : changes) {
      for (int i = c.from(); i < c.fromEnd(); i++) {
        for (int j = c.to(); j < c.toEnd(); j++) {
          reversal(precedent, i, segment, j).ifPresent(w -> add(out, w));
        }
      }
      apart(precedent, c.from(), c.fromEnd(), segment, c.to(), c.toEnd(), true)
          .ifPresent(w -> add(out, w));
      apart(segment, c.to(), c.toEnd(), precedent, c.from(), c.fromEnd(), false)
          .ifPresent(w -> add(out, w));
    }
    return out;
  }

  private static void add(List<WeightChange> out, WeightChange w) {
    if (!out.contains(w)) {
      out.add(w);
    }
  }

  /** Precedent word {@code i} and segment word {@code j}, if one negates the other. */
  private static Optional<WeightChange> reversal(
      List<Token> precedent, int i, List<Token> segment, int j) {
    String was = precedent.get(i).norm();
    String now = segment.get(j).norm();
    boolean dropped = prefix(now, was).isPresent() && joinedApart(segment, j, was);
    boolean added = prefix(was, now).isPresent() && joinedApart(precedent, i, now);
    if (!(dropped && negates(was)) && !(added && negates(now))) {
      return Optional.empty();
    }
    String a = lower(precedent.get(i));
    String b = lower(segment.get(j));
    return Optional.of(new WeightChange(a, b, "reverses: '" + a + "' → '" + b + "'"));
  }

  /**
   * Whether the word at {@code k} of {@code tokens}, which {@code prefixed} is with a prefix, lacks
   * that prefix written apart before it: "non governmental" is "nongovernmental".
   */
  private static boolean joinedApart(List<Token> tokens, int k, String prefixed) {
    String head = prefixed.substring(0, prefixed.length() - tokens.get(k).norm().length());
    return k == 0 || !tokens.get(k - 1).norm().equals(head);
  }

  /**
   * A "non" written apart in {@code side}'s changed words {@code from}..{@code end} before a word
   * the {@code other} side holds without it: "non-governmental" become "governmental". Not where
   * the word went too: a draft leaving out "non-governmental organizations" reverses nothing.
   */
  private static Optional<WeightChange> apart(
      List<Token> side,
      int from,
      int end,
      List<Token> other,
      int otherFrom,
      int otherEnd,
      boolean precedentSide) {
    for (int k = from; k < end && k + 1 < side.size(); k++) {
      if (!side.get(k).norm().equals("non")) {
        continue;
      }
      String word = side.get(k + 1).norm();
      // The word after "non" is one both texts hold: outside the change, or on both its sides.
      boolean shared = k + 1 >= end;
      boolean negated = false;
      for (int j = otherFrom; j < otherEnd; j++) {
        String w = other.get(j).norm();
        shared |= w.equals(word);
        negated |= w.equals("non") || w.equals("non" + word);
      }
      if (!shared || negated || word.length() < MIN_BASE) {
        continue;
      }
      String prefixed = "non-" + lower(side.get(k + 1));
      String bare = lower(side.get(k + 1));
      String a = precedentSide ? prefixed : bare;
      String b = precedentSide ? bare : prefixed;
      return Optional.of(new WeightChange(a, b, "reverses: '" + a + "' → '" + b + "'"));
    }
    return Optional.empty();
  }

  private static String lower(Token t) {
    return t.surface().toLowerCase(Locale.ROOT);
  }
}
