package org.precedent.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.precedent.corpus.Status;

/**
 * The treaty provision a lower-authority text quotes, set before it. OHCHR's footnote 6 quotes
 * Protocol art. 3 (c) as "... any of the means set forth above", where the Protocol says "set forth
 * in subparagraph (a) of this article"; a draft repeating the footnote matched it word for word and
 * was agreed, ahead of the article it misquotes, and a draft quoting the Protocol's definition
 * through footnotes 6 and 1 listed no Protocol article at all. The quoted wording is the treaty's:
 * it is listed, and the verdict rests on it, not on the quotation.
 */
final class QuotedTreaty {
  /** Similarity of a quotation to the treaty wording it quotes: near word for word. */
  private static final double NEAR_VERBATIM = 0.9;

  /** Characters around the quoted part read for a sign that the text is quoting. */
  private static final int BEFORE = 160;

  private static final int AFTER = 40;

  /**
   * What says a text is quoting: quotation marks, a reference in brackets ("(article 3 (c))"), a
   * verb reporting another text's words ("The Protocol further states that", "defines trafficking
   * in persons as").
   */
  private static final Pattern QUOTING =
      Pattern.compile(
          "[\"“”«»„]|\\((?:art\\.|arts\\.|articles?)\\s*\\d"
              + "|\\b(?:states|provides|stipulates|reads)\\s+(?:that|as follows)\\b"
              + "|\\bdefines\\b[^.;]{0,80}?\\bas\\b",
          Pattern.CASE_INSENSITIVE);

  /** The precedents listed, and those among them that quote one listed before them. */
  record Listed(List<Candidate> precedents, Set<Candidate> quoting) {}

  private QuotedTreaty() {}

  /**
   * {@code listed} with the treaty provision each lower-authority quotation in it quotes set just
   * before it: one of {@code agreed}, the segment's aligned agreed candidates, that covers most of
   * the segment and whose words the quotation holds nearly word for word ({@code align} sets a
   * quotation's words against a treaty's). Only a listed agreed text covering most of the segment
   * and reading as a quotation is compared: others could not settle the verdict.
   */
  static Listed settle(
      List<Candidate> listed,
      List<Candidate> agreed,
      java.util.function.BiFunction<List<Token>, List<Token>, Alignment> align) {
    List<Candidate> out = new ArrayList<>(listed);
    Set<Candidate> quoting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Candidate> treaties =
        agreed.stream()
            .filter(c -> c.provision().status() == Status.TREATY)
            .filter(c -> c.alignment().covers(Judge.MOST))
            .sorted(Candidate.BEST_FIRST)
            .limit(PrecedentRanker.MAX_PRECEDENTS)
            .toList();
    if (treaties.isEmpty()) {
      return new Listed(out, quoting);
    }
    for (Candidate quote : listed) {
      if (!quote.agreedSource()
          || quote.provision().status() == Status.TREATY
          || !quote.alignment().covers(Judge.MOST)
          || !quoting(quote)) {
        continue;
      }
      List<Token> words =
          quote.words().tokens().subList(quote.alignment().bStart(), quote.alignment().bEnd());
      treaties.stream()
          .map(t -> new Scored(t, align.apply(words, t.words().tokens())))
          .filter(s -> s.alignment().similarity() >= NEAR_VERBATIM)
          .min(QUOTED_FIRST)
          .ifPresent(
              s -> {
                placeBefore(out, s.treaty(), quote);
                quoting.add(quote);
              });
    }
    return new Listed(out, quoting);
  }

  private record Scored(Candidate treaty, Alignment alignment) {}

  /**
   * The treaty holding most of the quotation's words is the one quoted: footnote 6's "trafficking
   * in persons" is the Protocol's, which CETS 197 art. 4 (a) says "trafficking in human beings",
   * though its shorter text makes it as similar. Then the closer wording, then the narrower
   * provision (a subparagraph before its article).
   */
  private static final Comparator<Scored> QUOTED_FIRST =
      Comparator.comparingDouble((Scored s) -> -s.alignment().coverage())
          .thenComparingDouble(s -> -s.alignment().similarity())
          .thenComparingInt(s -> s.treaty().provision().text().length());

  /** Whether the text around the aligned part of {@code c} reads as a quotation of another. */
  private static boolean quoting(Candidate c) {
    String text = c.provision().text();
    List<Token> tokens = c.words().tokens();
    Alignment a = c.alignment();
    int from = Math.max(0, tokens.get(a.bStart()).start() - BEFORE);
    int to = Math.min(text.length(), tokens.get(a.bEnd() - 1).end() + AFTER);
    return QUOTING.matcher(text).region(from, to).find();
  }

  /**
   * Moves {@code treaty}, or the provision of its family already listed, to just before {@code
   * quote}; adds it there if none is listed, dropping the last precedent past the most listed.
   */
  private static void placeBefore(List<Candidate> out, Candidate treaty, Candidate quote) {
    Candidate kin =
        out.stream()
            .filter(c -> c.provision().id().isRelated(treaty.provision().id()))
            .findFirst()
            .orElse(treaty);
    int at = out.indexOf(quote);
    int was = out.indexOf(kin);
    if (was >= 0 && was < at) {
      return;
    }
    if (was >= 0) {
      out.remove(was);
    }
    out.add(out.indexOf(quote), kin);
    for (int i = out.size() - 1; out.size() > PrecedentRanker.MAX_PRECEDENTS && i >= 0; i--) {
      if (out.get(i) != quote && out.get(i) != kin) {
        out.remove(i);
      }
    }
  }
}
