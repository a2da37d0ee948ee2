package org.precedent.match;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a draft quoting a provision's obligation leaves out of that obligation's sentence, before or
 * after the part it quotes: Protocol art. 14 (1) ended at "under international law" drops the 1951
 * Refugee Convention and non-refoulement, art. 11 (1) begun at "States Parties shall" drops
 * "Without prejudice to international commitments in relation to the free movement of people". The
 * words the draft keeps are all agreed, so the word diff, which covers the quoted part alone, shows
 * nothing; but the obligation the draft states is not the treaty's. Qualifiers, conditions and list
 * items are named for what they do elsewhere ({@link ClosingCondition}, {@link ListItems}); this
 * names the rest as dropped. A sentence ends at a full stop, a semicolon or a colon, so a draft
 * quoting one whole sentence of a provision, or one item of a list, drops nothing.
 */
final class SentenceCut {
  /** Words that say nothing left out on their own ("and" between two conditions said dropped). */
  private static final Set<String> LINKS =
      Set.of("and", "or", "the", "a", "an", "of", "to", "in", "with", "for", "by", "on", "that");

  /** Verbs by which a text reports what another says, and the words that introduce it. */
  private static final Set<String> REPORTING =
      Set.of(
          "state",
          "states",
          "provide",
          "provides",
          "stipulate",
          "stipulates",
          "define",
          "defines",
          "say",
          "says",
          "read",
          "reads");

  private static final Set<String> INTRODUCING = Set.of("that", "as");

  private static final String QUOTES = "\"“”«»„";

  /** Longest part shown whole in the effect; the change's {@code from} always holds all of it. */
  private static final int SHOWN_WORDS = 40;

  private SentenceCut() {}

  /**
   * The words of the sentence before the quoted part, which starts at {@code spanStart}, after the
   * label the sentence may open with ("(a)"). The caller asks only where the draft starts with the
   * quoted part. Words {@code said} (a qualifier already said dropped or kept) are not counted:
   * what is left must say something of its own.
   */
  static Optional<WeightChange> head(
      String text, List<Token> provision, int spanStart, int spanEnd, IntPredicate said) {
    if (spanStart <= 0
        || spanStart > provision.size() - 1
        || quotation(text, provision, spanStart, spanEnd)) {
      return Optional.empty();
    }
    int from = spanStart;
    while (from > 0 && sameSentence(text, provision, from)) {
      from--;
    }
    while (from < spanStart && label(text, provision.get(from))) {
      from++;
    }
    if (reports(provision.subList(from, spanStart))) {
      return Optional.empty();
    }
    return part(text, provision, from, spanStart, said);
  }

  /**
   * The words of the sentence after the quoted part, which ends before {@code spanEnd}. The caller
   * asks only where the draft ends with the quoted part and nothing else was said of what follows
   * it (a closing qualifier or condition, list items).
   */
  static Optional<WeightChange> tail(
      String text, List<Token> provision, int spanStart, int spanEnd) {
    if (spanEnd <= 0
        || spanEnd >= provision.size()
        || !sameSentence(text, provision, spanEnd)
        || quotation(text, provision, spanStart, spanEnd)) {
      return Optional.empty();
    }
    int to = spanEnd + 1;
    while (to < provision.size() && sameSentence(text, provision, to)) {
      to++;
    }
    int close = to == provision.size() ? text.length() : provision.get(to).start();
    String rest = text.substring(provision.get(spanEnd - 1).end(), close).strip();
    if (rest.startsWith("(") && rest.replaceAll("[.;:,]+$", "").endsWith(")")) {
      return Optional.empty(); // "(article 3 (c))": where the words come from, no clause
    }
    return part(text, provision, spanEnd, to, i -> false);
  }

  private static Optional<WeightChange> part(
      String text, List<Token> provision, int from, int to, IntPredicate said) {
    boolean saysSomething = false;
    for (int i = from; i < to && !saysSomething; i++) {
      saysSomething = !said.test(i) && !LINKS.contains(provision.get(i).norm());
    }
    if (!saysSomething) {
      return Optional.empty();
    }
    String words = text.substring(provision.get(from).start(), provision.get(to - 1).end());
    String shown = words;
    if (to - from > SHOWN_WORDS) {
      shown =
          text.substring(provision.get(from).start(), provision.get(from + 24).end())
              + " … "
              + text.substring(provision.get(to - 10).start(), provision.get(to - 1).end());
    }
    return Optional.of(new WeightChange(words, "", "drops: '" + shown + "'"));
  }

  /**
   * Whether the quoted part is a quotation the provision makes, within quotation marks: OHCHR
   * footnote 6 quotes Protocol art. 3 (c) in a sentence of its own, "The Protocol further states
   * that "the recruitment ..." (article 3 (c))". Its words around the quotation say where the words
   * come from; a draft taking the quotation alone drops nothing of what it says.
   */
  private static boolean quotation(String text, List<Token> provision, int spanStart, int spanEnd) {
    int before = spanStart == 0 ? 0 : provision.get(spanStart - 1).end();
    int after = spanEnd == provision.size() ? text.length() : provision.get(spanEnd).start();
    return hasQuote(text, before, provision.get(spanStart).start())
        && hasQuote(text, provision.get(spanEnd - 1).end(), after);
  }

  private static boolean hasQuote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (QUOTES.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before the quoted part say who said it ("The Protocol further states that",
   * "defines trafficking in persons as"): they report the quoted text, they are no part of it.
   */
  private static boolean reports(List<Token> head) {
    if (head.isEmpty() || !INTRODUCING.contains(head.get(head.size() - 1).norm())) {
      return false;
    }
    return head.stream().anyMatch(t -> REPORTING.contains(t.norm()));
  }

  /** Whether token {@code i} is in the sentence of token {@code i - 1}. */
  private static boolean sameSentence(String text, List<Token> provision, int i) {
    return WeightDiffer.sameSentence(text, provision.get(i - 1).end(), provision.get(i).start());
  }

  /** A list label in brackets: "(a)", "(iv)", "(2)". */
  private static boolean label(String text, Token t) {
    return t.start() > 0
        && t.end() < text.length()
        && text.charAt(t.start() - 1) == '('
        && text.charAt(t.end()) == ')'
        && t.end() - t.start() <= 4
        && t.surface().toLowerCase(Locale.ROOT).chars().allMatch(Character::isLetterOrDigit);
  }
}
