package org.precedent.cite;

import java.util.List;
import org.precedent.cite.Reference.Kind;
import org.precedent.cite.Reference.Target;

/**
 * An annex that is an instrument of its own: "resolution 55/25, annex II" is the Trafficking in
 * Persons Protocol, whose manifest symbol is "A/RES/55/25, annex II". A numbered annex that no
 * instrument's symbol names cites the resolution only; a bare "Annex II" names nothing, since every
 * document numbers its own annexes.
 */
final class Annexes {
  private final CitationGrammar grammar;
  private final Tokens t;

  Annexes(CitationGrammar grammar, Tokens tokens) {
    this.grammar = grammar;
    this.t = tokens;
  }

  /** The roman numeral after the annex word at {@code a} ("II" of "annex II"), or null. */
  String numeralAfter(int a) {
    Token numeral = t.get(a + 1);
    if (!numeral.isWord() || !PartValues.isRoman(numeral.key())) {
      return null;
    }
    return numeral.key().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * The annex word of "annex II to" or "annex II of" right before token {@code i}, or -1: "annex I
   * to resolution 55/25, article 2" names the Convention before the resolution.
   */
  int before(int i) {
    int a = i - 3;
    boolean joined = t.get(i - 1).is("to") || grammar.isOf(t.get(i - 1));
    return joined && grammar.isAnnex(t.get(a)) && numeralAfter(a) != null ? a : -1;
  }

  /**
   * The instrument that annex {@code numeral} ("II", or "" for an only annex) of {@code target} is,
   * or null when the target is not one instrument named or numbered ("resolution 55/25", whose
   * first known candidate is the one read) or no instrument's symbol makes it that annex.
   */
  Target annexed(Target target, String numeral) {
    boolean one =
        (target.kind() == Kind.NAMED && target.ids().size() == 1) || target.kind() == Kind.SERIES;
    if (numeral == null || !one) {
      return null;
    }
    String of = target.ids().stream().filter(grammar::known).findFirst().orElse(null);
    String id = of == null ? null : grammar.annex(of, numeral).orElse(null);
    if (id == null) {
      return null;
    }
    String annex = numeral.isEmpty() ? "the annex" : "annex " + numeral;
    return new Target(
        Kind.NAMED,
        List.of(id),
        target.name(),
        annex + " of " + of + " is " + id + " (its symbol in the manifest)");
  }
}
