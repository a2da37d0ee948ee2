package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.precedent.cite.Reference.Kind;
import org.precedent.cite.Reference.Step;
import org.precedent.cite.Reference.Target;

/**
 * Finds citations in free text (eyecite's "find"): structural references with or without an
 * instrument, instruments named by title, alias or symbol, resolution and decision numbers, and
 * short forms ("the Protocol", "its article 9", "ibid.") settled by the nearest instrument named
 * earlier. One left-to-right pass over the tokens; offsets are UTF-16 offsets into {@code text}.
 */
public final class CitationFinder {
  /**
   * What may stand between a reference and the "ibid." that is the same source's: stops, spaces and
   * the next note's number.
   */
  private static final Pattern STOPS_ONLY =
      Pattern.compile("[\\s.,;:)\\]]{0,20}\\d{0,3}[\\s.]{0,4}");

  /** What may stand between an article and a bare paragraph of its own. */
  private static final Pattern NARROWING =
      Pattern.compile(
          "[\\s,]*(?:in particular|particularly|especially|notably|including|namely)[\\s,]*"
              + "(?:(?:under|in)\\s+)?");

  /** Parts whose paragraphs are their own: an article's, a principle's, a guideline's. */
  private static final Set<String> HOLDING_PARAGRAPHS = Set.of("art", "principle", "guideline");

  private final CitationGrammar grammar;

  /** Whether tokens the grammar begins nothing at are passed over from their characters. */
  private final boolean passOver;

  public CitationFinder(CitationGrammar grammar) {
    this(grammar, true);
  }

  /**
   * With {@code passOver} false every token is read the long way: the test that passing over
   * changes no reference compares the two.
   */
  CitationFinder(CitationGrammar grammar, boolean passOver) {
    this.grammar = grammar;
    this.passOver = passOver;
  }

  /** Every reference in {@code text}, in text order. */
  public List<Reference> find(String text) {
    return new Pass(text).run(false);
  }

  /**
   * The references of the first citation in {@code text}: one, or one per item of a list or range
   * ("articles 24 and 25 of UNTOC"), which is read as a whole.
   */
  public List<Reference> findFirst(String text) {
    return new Pass(text).run(true);
  }

  /** One scan: holds the tokens and the instruments named so far (the context). */
  private final class Pass {
    private final String text;
    private final Tokens t;
    private final StructureReader structure;
    private final InstrumentReader instruments;
    private final Annexes annexes;
    private final ForeignNames foreign;
    private final CitationContext context = new CitationContext(grammar);
    private final List<Reference> out = new ArrayList<>();

    /** How many items the last reference read held: a list's last item is not "the" article. */
    private int lastItems;

    Pass(String text) {
      this.text = text;
      this.t = grammar.compounds().join(Tokenizer.scan(text, grammar.sieve()));
      this.structure = new StructureReader(grammar, t, text);
      this.instruments = new InstrumentReader(grammar, t);
      this.annexes = new Annexes(grammar, t);
      this.foreign = new ForeignNames(grammar, t, text, instruments);
    }

    List<Reference> run(boolean firstOnly) {
      int i = 0;
      while (i < t.size() && !(firstOnly && !out.isEmpty())) {
        int next = at(i);
        i = next > i ? next : i + 1;
      }
      return out;
    }

    /** Reads whatever citation starts at token {@code i}; returns the next index (or i). */
    private int at(int i) {
      if (passOver && grammar.beginsNothing(t, i)) {
        return i; // most tokens of a text, passed over without making them
      }
      Token tok = t.get(i);
      // "ibid", "id" and "its" all start with i: one character spares most tokens three compares.
      boolean i0 = tok.keyStartsWith('i');
      if (i0 && isIbid(i)) {
        return ibid(i);
      }
      boolean its = i0 && tok.is("its");
      // A number begins a citation only as an ordinal: "the 4th preambular paragraph". The type is
      // tested here first: asking the reader at every word cost a tenth of the throughput.
      if (tok.type() != Token.Type.SYMBOL
          && !its
          && !grammar.mayBegin(tok)
          && !(tok.isNumber() && structure.numberedOrdinalAt(i))) {
        return i;
      }
      if (its && structure.unitAt(i + 1).isPresent()) {
        int next = structural(i + 1, i);
        return next > i + 1 ? next : i;
      }
      if (structure.unitAt(i).isPresent()) {
        int next = structural(i, i);
        if (next > i) {
          return next;
        }
      }
      // A number the manifest names ("58/137") is read as a name; an ordinal is not.
      return tok.isNumber() && structure.numberedOrdinalAt(i) ? i : instrumentFirst(i);
    }

    private boolean isIbid(int i) {
      Token tok = t.get(i);
      return tok.is("ibid")
          || (tok.is("id") && tok.text().equals("Id") && t.get(i + 1).isPunct('.'));
    }

    private int ibid(int i) {
      int k = i + 1;
      while ((t.get(k).isPunct('.') || t.get(k).isPunct(',')) && k < i + 3) {
        k++;
      }
      Target target = context(t.get(i).text() + ".", Kind.CONTEXT, List.of());
      StructureReader.Read read = structure.read(k, List.of());
      List<Step> within =
          read == null || !nextToLast(i) ? List.of() : withinLast(read.unitStep(), target);
      if (!within.isEmpty()) {
        read = structure.read(k, within);
      }
      if (read == null) {
        emit(i, i + (t.get(i + 1).isPunct('.') ? 1 : 0), target, List.of());
        return i + 1;
      }
      int restated = restatedBeforeName(read);
      if (restated > 0) {
        // "Ibid., art. 2 and article 3 (a) of the Protocol": from "article" on, the Protocol's.
        List<StructureReader.Item> own = read.items().subList(0, restated);
        int next = read.items().get(restated).first();
        int last = own.get(own.size() - 1).last();
        emitItems(new StructureReader.Read(read.unitStep(), own, next), i, last, target);
        return next;
      }
      emitItems(read, i, read.next() - 1, target);
      return read.next();
    }

    /**
     * Whether nothing but stops and spaces stand between the reference before and token {@code i}:
     * "ibid." with a part is that reference's only in the very next note ("art. 6, para. 3 (b).
     * Ibid., para. 2."). Where another source stands between, one the corpus does not know ("See
     * also UNICEF Guidelines, sect. 3. Ibid., para. 2."), "ibid." is that source's.
     */
    private boolean nextToLast(int i) {
      return !out.isEmpty()
          && STOPS_ONLY
              .matcher(text.substring(out.get(out.size() - 1).end(), t.get(i).start()))
              .matches();
    }

    /**
     * Whether only a comma and words that narrow stand between the reference before and token
     * {@code start}: "article 6 of the Protocol, in particular paragraph 3". Other words turn to
     * something else: "article 9 of the Protocol should be reflected in paragraph 2" of the draft.
     */
    private boolean joinedToLast(int start) {
      String between = text.substring(out.get(out.size() - 1).end(), t.get(start).start());
      return NARROWING.matcher(between).matches();
    }

    /** Whether "thereof" follows a reference ending before token {@code k}. */
    private boolean thereof(int k) {
      return t.get(k).is("thereof");
    }

    /**
     * Whether the reference before token {@code start} stands in the same sentence and names one
     * part, not a list: only then is a bare "paragraph 3" after it that part's. "articles 5 and 6
     * of the Protocol, paragraph 3" does not say whose paragraph; nor does "Art. 6 of the Protocol.
     * Paragraph 3 should read ...", where a delegation's comment turns to its draft.
     */
    private boolean inSentenceOfOne(int start) {
      if (out.isEmpty() || lastItems != 1) {
        return false;
      }
      int from = out.get(out.size() - 1).end();
      int to = t.get(start).start();
      for (int c = from; c < to; c++) {
        char ch = text.charAt(c);
        if (ch == '.' || ch == ';' || ch == '\n') {
          return false;
        }
      }
      return true;
    }

    /**
     * The path of the article "that article" at {@code lead} points back to: the one the reference
     * just before names, up to its article; null when none stands there, or the reference before
     * names no article. Not "this article": in a treaty's own text, or a quotation of one, it is
     * the article the text is, which the reference before need not be ("article 24 of this
     * Convention. Where a person referred to in paragraph 1 of this article" is article 26's).
     */
    private List<Step> thatArticle(int lead) {
      if (!t.get(lead - 1).is("that")
          || out.isEmpty()
          || lastItems != 1
          || !grammar.unit(t.get(lead)).map(u -> u.step().equals("art")).orElse(false)
          || t.get(lead + 1).isNumber()) {
        return null;
      }
      List<Step> last = out.get(out.size() - 1).path();
      for (int n = 0; n < last.size(); n++) {
        if (last.get(n).type().equals("art")) {
          return last.subList(0, n + 1);
        }
      }
      return null;
    }

    /**
     * What "ibid." with a part of unit {@code step} is within: the steps of the reference just
     * read, of the same instrument, above that unit. "Palermo Protocol, art. 6, para. 3 (b). Ibid.,
     * para. 2." is article 6 (2), not a paragraph 2 of the Protocol, which has none; after an
     * article alone ("art. 6. Ibid., para. 2") the paragraph is the article's. Empty when the last
     * reference was another instrument's or names no such part ("Ibid., art. 7").
     */
    private List<Step> withinLast(String step, Target target) {
      if (out.isEmpty() || !out.get(out.size() - 1).target().ids().equals(target.ids())) {
        return List.of();
      }
      List<Step> last = out.get(out.size() - 1).path();
      for (int n = 0; n < last.size(); n++) {
        if (last.get(n).type().equals(step)) {
          return last.subList(0, n);
        }
      }
      boolean below = step.equals("para") || step.equals("subpara");
      return below && !last.isEmpty() && HOLDING_PARAGRAPHS.contains(last.get(0).type())
          ? last
          : List.of();
    }

    /**
     * The first item of {@code read} that writes its unit word again, when the list is followed by
     * "of" and an instrument may be named there; 0 when none does. Such an item begins a reference
     * of its own, to the instrument named after it.
     */
    private int restatedBeforeName(StructureReader.Read read) {
      if (!grammar.isOf(t.get(read.next()))) {
        return 0;
      }
      List<StructureReader.Item> items = read.items();
      for (int n = 1; n < items.size(); n++) {
        if (grammar.unit(t.get(items.get(n).first())).isPresent()) {
          return n;
        }
      }
      return 0;
    }

    /** A structural reference at unit word {@code u}; the span starts at {@code start}. */
    private int structural(int u, int start) {
      StructureReader.Read read = structure.read(u, List.of());
      if (read == null) {
        return u;
      }
      int k = read.next();
      List<Step> outer = List.of();
      String outerDefault = null;
      StructureReader.Read inverted = inverted(read, k);
      if (inverted != null) {
        // "paragraph 1 of article 7": the article is the outer step.
        outer = inverted.items().get(0).path();
        outerDefault =
            structure
                .unitAt(inverted.items().get(0).first())
                .map(CitationGrammar.Data.Unit::defaultInstrument)
                .orElse(null);
        k = inverted.next();
        StructureReader.Read outermost = inverted(inverted, k);
        if (outermost != null) {
          // "subparagraph (b) of paragraph 2 of article 6": two steps out.
          List<Step> both = new java.util.ArrayList<>(outermost.items().get(0).path());
          both.addAll(outer);
          outer = both;
          k = outermost.next();
        }
      }
      StructureReader.Read inPart = outer.isEmpty() ? structure.inPart(read) : null;
      boolean part = inPart != null;
      if (part) {
        // "paragraph 4 of the preamble to resolution 55/25": preambular paragraph 4.
        read = inPart;
        k = read.next();
      }
      int j = t.get(k).isPunct(',') ? k + 1 : k;
      List<Step> annex = List.of();
      Target target = null;
      int end = k - 1;
      boolean its = start < u;
      boolean named = false; // an instrument named after the reference: "of the Protocol"
      if (grammar.isOf(t.get(j)) || (part && t.get(j).is("to"))) {
        // "del Protocolo", "du Protocole": the word says "of the", so it is read as the determiner.
        int m = grammar.isDeterminer(t.get(j)) ? j : t.get(j + 1).isPunct(',') ? j + 2 : j + 1;
        int lead = m;
        boolean ownIts = false;
        while (grammar.isLead(t.get(lead)) && lead < m + 3) {
          ownIts |= t.get(lead).is("its");
          lead++;
        }
        String numeral = null;
        if (grammar.isAnnex(t.get(lead))) {
          annex = List.of(new Step("annex", "annex"));
          numeral = annexes.numeralAfter(lead);
          end = numeral == null ? lead : lead + 1;
          m = end + 1;
          if (grammar.isOf(t.get(m)) || t.get(m).is("to")) {
            m++;
          }
        }
        Optional<InstrumentReader.Found> found = instruments.read(m, true);
        if (found.isPresent()) {
          named = true;
          target = settle(found.get().target());
          // "" for an only annex: "article 5 of the annex to resolution 55/255".
          Target annexed =
              annexes.annexed(target, annex.isEmpty() ? null : numeral == null ? "" : numeral);
          end = found.get().end() - 1;
          if (annexed != null) {
            // "article 3 of annex II to resolution 55/25": the Protocol's article 3.
            target = annexed;
            annex = List.of();
          } else if (numeral != null) {
            // "para. 3 of annex II to resolution 61/180": an annex the manifest does not name.
            emit(start, end, target, List.of());
            return end + 1;
          }
          its = false;
        } else if (ownIts) {
          its = true;
          end = lead - 1;
        } else if (annex.isEmpty() && thatArticle(lead) != null) {
          // "paragraphs 4 and 5 of that article": the article cited just before.
          outer = thatArticle(lead);
          target =
              context(
                  text.substring(t.get(lead - 1).start(), t.get(lead).end()),
                  Kind.CONTEXT,
                  List.of());
          end = lead;
          its = false;
        } else if (annex.isEmpty()) {
          // "article 3 of the Istanbul Convention": an instrument the corpus does not hold, said
          // so; "paragraph 2 of the rules of procedure", of no instrument, is not a citation.
          Optional<ForeignNames.Name> outside = foreign.at(lead);
          if (outside.isPresent()) {
            emitItems(read, start, outside.get().last(), context.outside(outside.get().text()));
            return outside.get().last() + 1;
          }
          if (structure.unitAt(u).map(CitationGrammar.Data.Unit::defaultInstrument).isEmpty()) {
            return k;
          }
          // "Principe 7 des Principes et directives ...", a name not listed: a principle is
          // still the Principles', as when no name follows.
        }
      } else if (!ParagraphLabel.breakBetween(text, t.get(k - 1), t.get(k))) {
        // "article 3 (a) Trafficking Protocol", and with a comma, as a note cites it, "art. 3(d),
        // Trafficking Protocol": but after a comma only a name that ends the clause, since
        // "article 5, UNTOC requires" goes on about the Convention.
        boolean comma = t.get(k).isPunct(',');
        Optional<InstrumentReader.Found> found = instruments.read(comma ? k + 1 : k, false);
        if (found.isPresent()
            && found.get().target().kind() == Kind.NAMED
            && (!comma || endsClause(found.get().end()))) {
          target = settle(found.get().target());
          end = found.get().end() - 1;
        }
      }
      if (target == null) {
        CitationGrammar.Data.Unit unit = structure.unitAt(u).orElseThrow();
        if ((unit.namedOnly() || part || grammar.isOwnWord(t.get(k))) && !its) {
          // "see footnote 4", "paragraphs 42 to 67 above", "paragraph 2 of the preamble": with
          // no instrument named, the text's own parts.
          return k;
        }
        Optional<ForeignNames.Name> outside = its ? Optional.empty() : foreign.before(start);
        if (outside.isPresent()) {
          // "Universal Declaration of Human Rights, arts. 6, 7": an instrument the corpus does
          // not know; its articles are not the Protocol's named before it.
          emitItems(read, start, end, context.outside(outside.get().text()));
          return Math.max(end + 1, k);
        }
        // "paragraph 5 of Guideline 2": the guideline's instrument, as a bare "Guideline" cites.
        String unitDefault =
            unit.defaultInstrument() != null ? unit.defaultInstrument() : outerDefault;
        if (unitDefault == null
            && !its
            && ParagraphLabel.at(text, t.get(start).start(), t.get(end).end(), unit.step())) {
          return k; // "PP5 Reaffirming ...": this text's own paragraph, not the last instrument's
        }
        target =
            unitDefault != null && !its
                ? new Target(
                    Kind.DEFAULT,
                    List.of(unitDefault),
                    null,
                    "read as "
                        + unitDefault
                        + ", the instrument a bare '"
                        + t.get(u).text()
                        + "' cites")
                : context(its ? "its" : t.get(u).text(), Kind.CONTEXT, List.of());
      }
      if (!annex.isEmpty() || !outer.isEmpty()) {
        List<Step> prefix = new java.util.ArrayList<>(annex);
        prefix.addAll(outer);
        read = structure.read(u, prefix);
      } else if (target.kind() == Kind.CONTEXT
          && inSentenceOfOne(start)
          && (its || joinedToLast(start) || thereof(k))) {
        // "article 6 of the Protocol ... in particular its paragraph 3": the article's paragraph.
        List<Step> within = withinLast(read.unitStep(), target);
        if (!within.isEmpty()) {
          read = structure.read(u, within);
        }
      }
      if (named) {
        // "article 6 of the Protocol, paragraph 3": the paragraph is the article's.
        StructureReader.Read deeper = structure.partsAfterName(read, end + 1);
        if (deeper != null) {
          read = deeper;
          end = deeper.next() - 1;
        }
      }
      emitItems(read, start, end, target);
      return Math.max(end + 1, k);
    }

    /** "paragraph 1 of article 7": the article read after a paragraph list, or null. */
    private StructureReader.Read inverted(StructureReader.Read read, int k) {
      if (!read.unitStep().equals("para") && !read.unitStep().equals("subpara")) {
        return null;
      }
      if (!grammar.isOf(t.get(k))) {
        return null; // "of article 7", "del artículo 3", "du paragraphe 2"
      }
      // "de l'article 6"; but "of this article" is the text's own article, and is not read.
      int u = grammar.isElision(t.get(k + 1)) ? k + 2 : k + 1;
      var unit = grammar.unit(t.get(u));
      if (unit.isEmpty() || unit.get().step().equals(read.unitStep())) {
        return null;
      }
      StructureReader.Read outer = structure.read(u, List.of());
      return outer != null && outer.items().size() == 1 ? outer : null;
    }

    /** An instrument named first, then perhaps ", annex, para. 31" or ", art. 5". */
    private int instrumentFirst(int i) {
      Optional<InstrumentReader.Found> found = instruments.read(i, true);
      if (found.isEmpty()) {
        return i;
      }
      InstrumentReader.Found f = found.get();
      if (f.series().size() > 1) {
        for (InstrumentReader.Found one : f.series()) {
          emit(one.start(), one.end() - 1, settle(one.target()), List.of());
        }
        return f.end();
      }
      // "the Protocol, supplementing the Convention against Transnational Organized Crime,
      // provides in article 6": the Convention's name is part of the Protocol's title, and what
      // follows is still the Protocol's.
      Target target = supplemented(f.startToken()) ? f.target() : settle(f.target());
      int start = f.startToken();
      int before = annexes.before(start);
      Target annexedBefore =
          before < 0 ? null : annexes.annexed(target, annexes.numeralAfter(before));
      if (annexedBefore != null) {
        target = annexedBefore; // "annex I to resolution 55/25, article 2": the Convention's
        start = before;
      }
      int named = sameNameInParentheses(f);
      int k = named;
      if (t.get(k).isPunct(')')) {
        k++;
      }
      if (t.get(k).isPunct(',') && t.get(k + 1).isNumber() && t.get(k + 1).text().length() == 4) {
        k += 2;
      }
      // "UNTOC, article 32" and, as typed into a search box, "UNTOC art. 32 (1)"; but not the
      // article of "the Protocol article 5 of the Convention", which belongs to what follows it.
      boolean comma = t.get(k).isPunct(',');
      // "the Protocol's article 3 (a)": the possessive joins the name to its reference.
      boolean possessive = !comma && possessiveAt(k);
      int m = comma ? k + 1 : possessive ? k + 2 : k;
      List<Step> prefix = List.of();
      int last = named - 1;
      boolean annexWord = grammar.isAnnex(t.get(m)) && annexedBefore == null;
      String numeral = annexWord ? annexes.numeralAfter(m) : null;
      Target annexed = annexWord ? annexes.annexed(target, numeral == null ? "" : numeral) : null;
      if (annexed != null) {
        // "resolution 55/25, annex II, article 3": the Protocol's article 3.
        target = annexed;
        last = numeral == null ? m : m + 1;
        m = t.get(last + 1).isPunct(',') ? last + 2 : last + 1;
        comma = true;
      } else if (numeral != null) {
        // "resolution 61/180, annex II, para. 3": an annex the manifest does not name. Its parts
        // are not the resolution's, so they are read past, and only the resolution is cited.
        emit(start, m + 1, target, List.of());
        int after = m + (t.get(m + 2).isPunct(',') ? 3 : 2);
        StructureReader.Read skipped = structure.read(after, List.of());
        return skipped == null ? m + 2 : skipped.next();
      } else if (grammar.isAnnex(t.get(m))) {
        prefix = List.of(new Step("annex", "annex"));
        m += t.get(m + 1).isPunct(',') ? 2 : 1;
      }
      // A name that ends one paragraph does not own a label that opens the next ("...against
      // Women,\n\nPP.5 Recognizing" in the April draft).
      boolean joined = !ParagraphLabel.breakBetween(text, t.get(f.end() - 1), t.get(m));
      StructureReader.Read read =
          joined
                  && (comma || structure.unitAt(m).isPresent() || !prefix.isEmpty())
                  && (!possessive || structure.unitAt(m).isPresent())
              ? structure.read(m, prefix)
              : null;
      if (read != null && (comma || !ofFollows(read.next()))) {
        StructureReader.Read inPart = structure.inPart(read);
        if (inPart != null) {
          read = inPart; // "A/64/L.64, paragraph 4 of the preamble"
        }
        emitItems(read, start, read.next() - 1, target);
        return read.next();
      }
      emit(start, last, target, List.of());
      return last + 1;
    }

    /**
     * The token past a name, or past the same instrument's other name in parentheses right after
     * it: "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No.
     * 197), art. 12" is one citation, whose span holds both parentheses, not the title and then
     * "CETS No. 197), art. 12".
     */
    private int sameNameInParentheses(InstrumentReader.Found f) {
      if (!t.get(f.end()).isPunct('(')) {
        return f.end();
      }
      Optional<InstrumentReader.Found> inner = instruments.read(f.end() + 1, false);
      boolean same =
          inner.isPresent()
              && inner.get().series().size() <= 1
              && inner.get().target().ids().equals(f.target().ids())
              && t.get(inner.get().end()).isPunct(')');
      return same ? inner.get().end() + 1 : f.end();
    }

    /**
     * Whether an English possessive, "'s" or "’s" written on the word before, stands at {@code k}.
     */
    private boolean possessiveAt(int k) {
      Token mark = t.get(k);
      Token s = t.get(k + 1);
      return mark.isApostrophe()
          && s.is("s")
          && t.get(k - 1).end() == mark.start()
          && mark.end() == s.start();
    }

    /** Whether token {@code k} ends a clause: a full stop, semicolon, parenthesis or the end. */
    private boolean endsClause(int k) {
      Token tok = t.get(k);
      return k >= t.size()
          || tok.isPunct('.')
          || tok.isPunct(';')
          || tok.isPunct(')')
          || ParagraphLabel.breakBetween(text, t.get(k - 1), tok);
    }

    /** Whether the name starting at token {@code k} follows "supplementing" (and "the"). */
    private boolean supplemented(int k) {
      int before = k > 0 && t.get(k - 1).is("the") ? k - 2 : k - 1;
      return before >= 0 && t.get(before).is("supplementing");
    }

    /** Whether token {@code k} opens an "of ..." naming what a reference before it belongs to. */
    private boolean ofFollows(int k) {
      int j = t.get(k).isPunct(',') ? k + 1 : k;
      return grammar.isOf(t.get(j));
    }

    private Target settle(Target target) {
      return context.settle(target);
    }

    private Target context(String name, Kind kind, List<String> candidates) {
      return context.lookup(name, kind, candidates);
    }

    private void emitItems(StructureReader.Read read, int start, int end, Target target) {
      List<StructureReader.Item> items = read.items();
      for (int n = 0; n < items.size(); n++) {
        StructureReader.Item item = items.get(n);
        int first = n == 0 ? start : item.first();
        int last = n == items.size() - 1 ? Math.max(end, item.last()) : item.last();
        emit(first, last, target, item.path());
      }
      lastItems = items.size();
    }

    private void emit(int first, int last, Target target, List<Step> path) {
      int s = t.get(first).start();
      int e = t.get(last).end();
      out.add(new Reference(s, e, text.substring(s, e), target, path));
      lastItems = 1;
    }
  }
}
