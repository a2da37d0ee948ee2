package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precedent.cite.Reference.Kind;
import org.precedent.cite.Reference.Target;

/**
 * Reads an instrument named at a token: a UN symbol, a title, short title or alias, a resolution or
 * decision number ("GA res. 64/178", "resolutions 61/180, 63/194 and 64/178", "CCPCJ decision
 * 16/2") or, after a determiner, a short form ("the Protocol").
 */
final class InstrumentReader {
  private static final int MAX_LEADS = 3;
  private final CitationGrammar grammar;
  private final Tokens t;

  InstrumentReader(CitationGrammar grammar, Tokens tokens) {
    this.grammar = grammar;
    this.t = tokens;
  }

  /**
   * An instrument found: tokens [startToken, end), and for a list of numbers one entry per number
   * in {@code series}.
   */
  record Found(Target target, int startToken, int end, List<Found> series) {
    int start() {
      return startToken;
    }
  }

  Optional<Found> read(int i, boolean allowGeneric) {
    int m = i;
    boolean determiner = false;
    while (grammar.isLead(t.get(m)) && m < i + MAX_LEADS) {
      determiner |= grammar.isDeterminer(t.get(m));
      m++;
    }
    Token tok = t.get(m);
    Optional<CitationGrammar.Data.Series> series = grammar.series(tok);
    if (series.isPresent()) {
      // Numbers first: a manifest alias "resolution 64/178" must not cut a list short.
      Optional<Found> numbered = series(m, series.get());
      if (numbered.isPresent()) {
        return numbered;
      }
    }
    Optional<NameTrie.Match> name = grammar.name(t.list(), m);
    if (name.isPresent() && !endsBodyName(m) && !(i == m && indefinite(i))) {
      NameTrie.Match match = name.get();
      List<String> ids = List.copyOf(match.ids());
      String shown = text(m, match.end());
      String why = ids.size() > 1 ? "the name '" + shown + "' is shared" : null;
      return Optional.of(
          new Found(new Target(Kind.NAMED, ids, shown, why), m, match.end(), List.of()));
    }
    if (tok.type() == Token.Type.SYMBOL) {
      Optional<String> id = grammar.symbol(tok.text());
      if (id.isPresent()) {
        return Optional.of(
            new Found(
                new Target(Kind.NAMED, List.of(id.get()), tok.text(), null), m, m + 1, List.of()));
      }
      if (tok.text().chars().anyMatch(Character::isDigit)) {
        return Optional.of(
            new Found(
                new Target(
                    Kind.NONE, List.of(), tok.text(), "no instrument with symbol " + tok.text()),
                m,
                m + 1,
                List.of()));
      }
      return Optional.empty();
    }
    return allowGeneric ? shortForm(m, determiner) : Optional.empty();
  }

  /** A short form at {@code m} ("the Protocol"), after a determiner or heading a citation. */
  private Optional<Found> shortForm(int m, boolean determiner) {
    // Without "the" only a capitalised name heads a citation ({@link #headsCitation}): any other
    // word is turned away before the name lookup, which would otherwise run at nearly every word.
    if (!determiner && !capitalised(t.get(m))) {
      return Optional.empty();
    }
    Optional<NameTrie.Match> generic = grammar.generic(t.list(), m);
    if (generic.isEmpty()) {
      return Optional.empty();
    }
    int end = generic.get().end();
    if (!(determiner || headsCitation(m, end)) || beginsOtherTitle(m, end)) {
      return Optional.empty();
    }
    CitationGrammar.Data.Generic g = grammar.genericNamed(generic.get().ids().iterator().next());
    int start = determiner ? m - 1 : m;
    String shown = text(start, end);
    // Only the capitalised form names a defined instrument: "the protocol" is any protocol.
    Target usual =
        g.usual() != null && Character.isUpperCase(t.get(m).text().charAt(0))
            ? usual(shown, g)
            : null;
    return Optional.of(
        new Found(
            new Target(Kind.GENERIC, g.candidates(), shown, g.why(), usual),
            start,
            end,
            List.of()));
  }

  /**
   * Whether a short form without "the" heads a citation of one of its provisions, as a footnote
   * writes "Principles and Guidelines, footnote 1". Without "the" a short form is mostly a common
   * noun ("develop principles and guidelines"), so only a name shows it: capitalised, not the end
   * of a longer title ("the Basic Principles and Guidelines": a capitalised word before it that
   * does not begin a sentence), and a provision after it. A name of more than one word needs its
   * comma before the provision. A single word such as "Protocol" begins sentences and other titles,
   * so it needs a numbered provision right after it, with or without a comma ("Protocol, art. 5"
   * and "Protocol art. 5" are how a note, or this product's own hits, cite the Protocol), and no
   * capitalised word before it but a signal ("See Protocol, art. 5"): "Optional Protocol, art. 5"
   * opening a text is another instrument's article, and a capital word there cannot be told from a
   * sentence's first. Nor may a longer short form end on it ("Guidelines" of "the Basic Principles
   * and Guidelines").
   */
  private boolean headsCitation(int m, int end) {
    Token before = t.get(m - 1);
    boolean titleBefore = capitalised(before) && t.get(m - 2).isWord();
    if (!capitalised(t.get(m)) || !capitalised(t.get(end - 1)) || titleBefore) {
      return false;
    }
    if (end - m > 1) {
      return t.get(end).isPunct(',') && grammar.unit(t.get(end + 1)).isPresent();
    }
    int unit = t.get(end).isPunct(',') ? end + 1 : end;
    int number = t.get(unit + 1).isPunct('.') ? unit + 2 : unit + 1;
    return (!capitalised(before) || grammar.isSignal(before))
        && !endsLongerShortForm(m, end)
        && grammar.unit(t.get(unit)).isPresent()
        && t.get(number).isNumber();
  }

  /**
   * Words before a one-word short form searched for a longer one holding it: more than the longest
   * the grammar lists ("Principles and Guidelines"). The search runs only where such a word is
   * followed by a numbered provision.
   */
  private static final int MAX_SHORT_FORM_WORDS = 6;

  /** Whether a short form starting before {@code m} runs to {@code end} or past it. */
  private boolean endsLongerShortForm(int m, int end) {
    for (int k = Math.max(0, m - MAX_SHORT_FORM_WORDS); k < m; k++) {
      Optional<NameTrie.Match> longer = grammar.generic(t.list(), k);
      if (longer.isPresent() && longer.get().end() >= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name at {@code m} ends the name of a body or office: "Committee on the Rights of the
   * Child" is not resolution 62/141, titled "Rights of the child", nor is "Special Rapporteur on
   * the ..." what follows it. Such a body's noun, then "on" and any determiner, stand before it.
   * The instrument's own full title ("Convention on the Rights of the Child") is read from its
   * first word and never reaches here.
   */
  private boolean endsBodyName(int m) {
    int b = m - 1;
    while (b >= 0 && grammar.isLead(t.get(b))) {
      b--;
    }
    return t.get(b).is("on") && BODIES.contains(t.get(b - 1).key());
  }

  /**
   * The nouns a body or office is named with before "on": not "Building on the Trafficking
   * Protocol", which opens many a preambular paragraph.
   */
  private static final Set<String> BODIES =
      Set.of(
          "committee",
          "rapporteur",
          "representative",
          "group",
          "commission",
          "council",
          "conference",
          "forum",
          "panel",
          "office",
          "force",
          "coalition");

  /**
   * Whether an indefinite article stands before {@code i}: "the need to develop a global plan of
   * action" (A/64/L.64's preamble, written before the Plan was) names no instrument, nor does "a
   * convention against corruption". Only right before the name: in "conforme a la Convención" the
   * "a" stands before the determiner.
   */
  private boolean indefinite(int i) {
    Token before = t.get(i - 1);
    return before.is("a") || before.is("an");
  }

  private static boolean capitalised(Token tok) {
    return tok.isWord() && Character.isUpperCase(tok.text().charAt(0));
  }

  /**
   * A short form read as its usual instrument, saying so and naming the other candidates: the
   * reader must see that the text itself did not settle it.
   */
  private static Target usual(String shown, CitationGrammar.Data.Generic g) {
    List<String> others = g.candidates().stream().filter(id -> !id.equals(g.usual())).toList();
    return new Target(
        Kind.GENERIC,
        List.of(g.usual()),
        shown,
        "'"
            + shown
            + "' read as "
            + g.usual()
            + ": "
            + g.usualWhy()
            + "; it could also be "
            + String.join(" or ", others));
  }

  /**
   * Whether the words at {@code k}, after a short form, make it the title of something else: "the
   * Protocol to the African Charter", "the Convention against Torture", "del Protocolo de San
   * Salvador". A capital must follow the joining word (after an article): "the Convention for the
   * purpose of" and "parties to the Protocol to 135" are the short form in running text. A title
   * that follows a listed name up to that capital is a listed instrument's, cut short or misspelt
   * ("the UN Convention against Transnational Organized Crimes"): that is not another title either.
   */
  private boolean beginsOtherTitle(int m, int k) {
    if (!grammar.isTitleWord(t.get(k))) {
      return false;
    }
    int j = k + 1;
    while (j < k + 3 && (grammar.isTitleWord(t.get(j)) || grammar.isDeterminer(t.get(j)))) {
      j++; // "relating to the Status", "a la Convención"
    }
    Token next = t.get(j);
    return next.isWord()
        && Character.isUpperCase(next.text().charAt(0))
        && grammar.nameReach(t.list(), m) <= j;
  }

  private Optional<Found> series(int m, CitationGrammar.Data.Series series) {
    List<String> templates = null;
    int start = m;
    for (CitationGrammar.Data.Body body : series.bodies()) {
      List<String> keys = NameTrie.keys(body.words());
      int from = m - keys.size();
      if (from >= 0 && matches(from, keys)) {
        templates = body.templates();
        start = from;
        break;
      }
    }
    int k = t.get(m + 1).isPunct('.') ? m + 2 : m + 1;
    List<Found> items = new ArrayList<>();
    int first = start;
    while (items.size() < StructureReader.MAX_ITEMS && isSeriesNumber(t.get(k))) {
      String[] ab = t.get(k).text().split("/");
      List<String> pick =
          templates != null
              ? templates
              : (ab[0].length() == 4 ? series.yearTemplates() : series.templates());
      String word = t.get(m).key();
      String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      String label = singular + " " + t.get(k).text();
      items.add(new Found(target(pick, ab[0], ab[1], label), first, k + 1, List.of()));
      int j = k + 1;
      if (t.get(j).isPunct(',')) {
        j++;
      }
      if (t.get(j).is("and") || t.get(j).is("or")) {
        j++;
      }
      if (grammar.series(t.get(j)).isPresent()) {
        j++;
      }
      if (j == k + 1) {
        break;
      }
      first = j;
      k = j;
    }
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Found head = items.get(0);
    int end = items.get(items.size() - 1).end();
    if (items.size() == 1) {
      // "resolution 64/293 of the General Assembly, annex, para. 31": the body is read with the
      // resolution, so what follows it is the resolution's.
      Body after = bodyAfter(end, series);
      if (after != null) {
        end = after.end();
        if (templates == null) {
          String[] ab = t.get(k).text().split("/");
          head =
              new Found(
                  target(after.templates(), ab[0], ab[1], head.target().name()),
                  start,
                  end,
                  List.of());
        }
      }
    }
    return Optional.of(new Found(head.target(), start, end, items.size() > 1 ? items : List.of()));
  }

  /** A series' body written after its number, its templates and the index past it. */
  private record Body(List<String> templates, int end) {}

  /** "of the General Assembly", "de l'Assemblée générale" at {@code j}, or null. */
  private Body bodyAfter(int j, CitationGrammar.Data.Series series) {
    if (!grammar.isOf(t.get(j))) {
      return null;
    }
    int b = grammar.isDeterminer(t.get(j + 1)) ? j + 2 : j + 1;
    for (CitationGrammar.Data.Body body : series.bodies()) {
      List<String> keys = NameTrie.keys(body.words());
      if (matches(b, keys)) {
        return new Body(body.templates(), b + keys.size());
      }
    }
    return null;
  }

  private static boolean isSeriesNumber(Token tok) {
    return tok.isNumber() && tok.text().indexOf('/') > 0;
  }

  private Target target(List<String> templates, String a, String b, String label) {
    List<String> ids = new ArrayList<>();
    for (String template : templates) {
      ids.add(template.replace("{a}", a).replace("{b}", b));
    }
    for (String id : ids) {
      if (grammar.known(id)) {
        return new Target(Kind.SERIES, List.of(id), label, null);
      }
    }
    return new Target(
        Kind.NONE,
        ids,
        label,
        "no instrument in the corpus for "
            + label
            + " (looked for "
            + String.join(", ", ids)
            + ")");
  }

  private boolean matches(int from, List<String> keys) {
    for (int n = 0; n < keys.size(); n++) {
      if (!t.get(from + n).key().equals(keys.get(n))) {
        return false;
      }
    }
    return true;
  }

  private String text(int first, int end) {
    StringBuilder b = new StringBuilder();
    for (int n = first; n < end; n++) {
      if (n > first && t.get(n).type() != Token.Type.PUNCT) {
        b.append(' ');
      }
      b.append(t.get(n).text());
    }
    return b.toString();
  }
}
