package org.precedent.cite;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names of instruments the corpus does not hold, read where a reference belongs to one:
 * "International Covenant on Economic, Social and Cultural Rights, art. 12", "article 3 of the
 * Istanbul Convention", "ICCPR, art. 8". Such a reference is reported as outside the corpus; read
 * past, its article was given to the nearest instrument named earlier (the Covenant's article 12 as
 * the Convention on the Rights of the Child's) or dropped without a word.
 *
 * <p>A name is capitalised words joined by small ones (a comma may stand between two capitalised
 * words, as in "Economic, Social and Cultural Rights"), one of them a word instruments are called
 * by, at least two of them capitalised; or one of the acronyms of the best-known instruments the
 * corpus does not hold. A name the grammar knows is never foreign.
 */
final class ForeignNames {
  /** Words instruments are called by, lower-cased: "Universal Declaration of Human Rights". */
  private static final Set<String> INSTRUMENT_WORDS =
      Set.of(
          "declaration",
          "covenant",
          "convention",
          "charter",
          "protocol",
          "statute",
          "treaty",
          "agreement",
          "principles",
          "guidelines");

  /** Small words inside such a name: "Covenant on Civil and Political Rights". */
  private static final Set<String> JOINING_WORDS =
      Set.of("of", "on", "and", "or", "for", "against", "the", "to", "in", "with", "a");

  /**
   * Acronyms that name one instrument each, none of them in the corpus (a manifest alias is read
   * first, so an instrument added later is read as itself).
   */
  private static final Set<String> ACRONYMS =
      Set.of("iccpr", "icescr", "echr", "uncac", "udhr", "cerd", "crpd", "achr", "achpr", "icrmw");

  /**
   * The most words read for such a name: "International Convention on the Protection of the Rights
   * of All Migrant Workers and Members of Their Families" has 18.
   */
  private static final int MAX_WORDS = 20;

  /** A name read: its text and its first and last tokens. */
  record Name(String text, int first, int last) {}

  private final CitationGrammar grammar;
  private final Tokens t;
  private final String text;
  private final InstrumentReader instruments;

  ForeignNames(CitationGrammar grammar, Tokens tokens, String text, InstrumentReader instruments) {
    this.grammar = grammar;
    this.t = tokens;
    this.text = text;
    this.instruments = instruments;
  }

  /**
   * The foreign name written just before a reference at token {@code start} and a comma, or empty.
   * A known name inside the words read ends them: "article 3 of the Trafficking Protocol and
   * European Convention on Human Rights, art. 4" names the European Convention after it, and "the
   * Palermo Protocol, paragraph 1" names no foreign one.
   */
  Optional<Name> before(int start) {
    int comma = start - 1;
    if (comma < 1 || !t.get(comma).isPunct(',')) {
      return Optional.empty();
    }
    if (acronym(comma - 1)) {
      return Optional.of(name(comma - 1, comma - 1));
    }
    int first = -1;
    for (int j = comma - 1; j >= 0 && j >= comma - MAX_WORDS; j--) {
      Token w = t.get(j);
      if (w.isPunct(',') && capitalised(t.get(j - 1)) && capitalised(t.get(j + 1))) {
        continue; // "Economic, Social and Cultural Rights"
      }
      if (!w.isWord() || ParagraphLabel.breakBetween(text, w, t.get(j + 1))) {
        break;
      }
      if (capitalised(w)) {
        first = j;
      } else if (!JOINING_WORDS.contains(w.key())) {
        break;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    for (int j = first; j < comma; j++) {
      Optional<InstrumentReader.Found> known = instruments.read(j, true);
      // A short form inside a longer name is part of it: "Basic Principles and Guidelines on the
      // Right to a Remedy and Reparation ..., principle 11" is not the OHCHR Principles'.
      boolean inside =
          known.isPresent()
              && known.get().target().kind() == Reference.Kind.GENERIC
              && capitalised(t.get(j - 1));
      if (known.isPresent() && !inside) {
        if (known.get().end() >= comma) {
          return Optional.empty();
        }
        first = known.get().end();
        j = first - 1;
      }
    }
    // Not "See" opening the sentence, nor a small word after a known name.
    while (first < comma && (!capitalised(t.get(first)) || grammar.isSignal(t.get(first)))) {
      first++;
    }
    return called(first, comma - 1) ? Optional.of(name(first, comma - 1)) : Optional.empty();
  }

  /**
   * The foreign name at token {@code m}, after "of" and any determiner ("article 3 of the Istanbul
   * Convention"), or empty. Its small words at the end are not part of it.
   */
  Optional<Name> at(int m) {
    if (acronym(m)) {
      return Optional.of(name(m, m));
    }
    int last = -1;
    int j = m;
    // "the 1951 Refugee Convention": a year may open the name.
    if (t.get(j).isNumber() && t.get(j).text().length() == 4) {
      j++;
    }
    for (; j < m + MAX_WORDS; j++) {
      Token w = t.get(j);
      if (w.isPunct(',') && capitalised(t.get(j - 1)) && capitalised(t.get(j + 1))) {
        continue;
      }
      if (!w.isWord() || (j > m && ParagraphLabel.breakBetween(text, t.get(j - 1), w))) {
        break;
      }
      if (capitalised(w)) {
        last = j;
      } else if (!JOINING_WORDS.contains(w.key())) {
        break;
      }
    }
    if (last < 0 || !(capitalised(t.get(m)) || t.get(m).isNumber())) {
      return Optional.empty();
    }
    return called(m, last) ? Optional.of(name(m, last)) : Optional.empty();
  }

  /** Whether tokens [first, last] hold two capitalised words, one an instrument word. */
  private boolean called(int first, int last) {
    int capitals = 0;
    boolean called = false;
    for (int j = first; j <= last; j++) {
      Token w = t.get(j);
      if (capitalised(w)) {
        capitals++;
        called |= INSTRUMENT_WORDS.contains(w.key());
      }
    }
    return capitals >= 2 && called;
  }

  private boolean acronym(int j) {
    Token w = t.get(j);
    return w.isWord()
        && ACRONYMS.contains(w.key())
        && w.text().equals(w.text().toUpperCase(Locale.ROOT));
  }

  private Name name(int first, int last) {
    return new Name(text.substring(t.get(first).start(), t.get(last).end()), first, last);
  }

  private static boolean capitalised(Token w) {
    return w.isWord() && Character.isUpperCase(w.text().charAt(0));
  }
}
