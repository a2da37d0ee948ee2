package org.precedent.match;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The condition a draft stops before, where it closes the sentence of an obligation the draft
 * quotes: Protocol art. 3 (b) makes consent "irrelevant where any of the means set forth in
 * subparagraph (a) have been used", and a draft ending at "irrelevant" makes consent irrelevant
 * whatever the means, though every word it keeps is the treaty's. The word diff cannot show it: the
 * words after the aligned part are no part of it.
 */
final class ClosingCondition {
  /** Words opening a condition: a clause saying when the sentence's rule applies. */
  private static final Set<String> OPENERS =
      Set.of("where", "wherever", "if", "unless", "provided", "when", "whenever", "insofar");

  /** Longest condition reported; one running on is a clause of its own, not a condition. */
  private static final int MAX_WORDS = 30;

  private ClosingCondition() {}

  /**
   * The condition after the aligned part of {@code provision} (its tokens before {@code spanEnd}),
   * when the draft ends where that part does and the condition, opened by a comma or nothing, runs
   * to the end of the sentence. The caller decides that the aligned part quotes the sentence's
   * obligation.
   */
  static Optional<WeightChange> dropped(
      String provisionText, List<Token> provision, int spanEnd, List<Token> segment) {
    int n = provision.size();
    if (!stopsBefore(provision, spanEnd, segment)
        || !OPENERS.contains(provision.get(spanEnd).surface().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (!followsOn(provisionText, provision, spanEnd)) {
      return Optional.empty();
    }
    int end = spanEnd + 1;
    while (end < n
        && WeightDiffer.sameSentence(
            provisionText, provision.get(end - 1).end(), provision.get(end).start())) {
      end++;
    }
    if (end - spanEnd > MAX_WORDS) {
      return Optional.empty();
    }
    String condition =
        provisionText.substring(provision.get(spanEnd).start(), provision.get(end - 1).end());
    return Optional.of(
        new WeightChange(condition, "", "broadens: drops the condition '" + condition + "'"));
  }

  /**
   * Whether the draft ends where the aligned part of the provision does (its last word is the
   * provision's word before {@code spanEnd}) and the provision goes on.
   */
  static boolean stopsBefore(List<Token> provision, int spanEnd, List<Token> segment) {
    return spanEnd >= 1
        && spanEnd < provision.size()
        && !segment.isEmpty()
        && segment.get(segment.size() - 1).norm().equals(provision.get(spanEnd - 1).norm());
  }

  /** Whether token {@code i} goes on from token {@code i - 1} with nothing or a comma between. */
  static boolean followsOn(String text, List<Token> tokens, int i) {
    String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
    return gap.isEmpty() || gap.equals(",");
  }
}
