package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precedent.cite.Reference.Step;

/**
 * Reads structural references from tokens: "article 27, paragraph 3", "art. 6 (3) (c)", "Article 7
 * paragraph 1", "Guideline 6.1", "OP 2 (b)", lists ("articles 24 and 25", "Articles 32, 34, and
 * 35", "article 3 (a) and article 5") and ranges ("articles 5 to 7"). Every loop is bounded by the
 * token count and a cap on list length.
 */
final class StructureReader {
  static final int MAX_ITEMS = 60;

  /** Latin suffixes of a number for a provision inserted after it: "1bis", "3 ter". */
  private static final Set<String> INSERTED = Set.of("bis", "ter", "quater");

  /** Units whose paragraphs are also counted with ordinal words and named with "paragraph". */
  private static final Set<String> COUNTED = Set.of("pp", "op");

  /**
   * Units an ordinal counts in a preamble: "the fourth paragraph of the preamble", "le quatrième
   * alinéa du préambule" (a preamble's paragraphs are its "alinéas" in French).
   */
  private static final Set<String> PARAGRAPHS = Set.of("para", "subpara");

  /** The longest unit word a dot may abbreviate: "para", "paras", "par". */
  private static final int ABBREVIATION = 5;

  private final CitationGrammar grammar;
  private final Tokens t;
  private final Ordinals ordinals;

  /** The text read, to tell a paragraph break from a space. */
  private final String text;

  StructureReader(CitationGrammar grammar, Tokens tokens, String text) {
    this.grammar = grammar;
    this.t = tokens;
    this.ordinals = new Ordinals(grammar, tokens);
    this.text = text;
  }

  /** One structural item with the tokens [first, last] that show it. */
  record Item(int first, int last, List<Step> path) {}

  /** Items read and the index of the first token after them. */
  record Read(String unitStep, List<Item> items, int next) {}

  /**
   * The unit of a reference starting at {@code at}: its unit word's, or after an ordinal the next
   * word's, if that unit numbers paragraphs ("the fourth preambular paragraph", "the second
   * operative paragraph") or is a paragraph of the preamble ("el cuarto párrafo del preámbulo";
   * "the first paragraph of article 5" is not counted so). Empty when no reference starts there.
   */
  Optional<CitationGrammar.Data.Unit> unitAt(int at) {
    Ordinals.Ordinal ordinal = ordinals.at(at);
    if (ordinal == null) {
      return grammar.unit(t.get(at));
    }
    List<Ordinals.Ordinal> list = ordinals.list(ordinal);
    int u = list.get(list.size() - 1).next();
    return grammar
        .unit(t.get(u))
        .filter(
            unit ->
                COUNTED.contains(unit.step())
                    || (PARAGRAPHS.contains(unit.step()) && partAfter(u + 1) != null));
  }

  /** Whether a number with an ordinal ending ("4th", "4.º") stands at {@code at}. */
  boolean numberedOrdinalAt(int at) {
    return ordinals.numberedAt(at);
  }

  /** A resolution's part named after its paragraphs: the unit they are in it, and where it ends. */
  private record Part(String step, int end) {}

  /**
   * "of the preamble" ("del preámbulo", "du préambule") or "of the operative part" ("de la parte
   * dispositiva", "du dispositif") at {@code k}; null when neither stands there.
   */
  private Part partAfter(int k) {
    if (!grammar.isOf(t.get(k))) {
      return null;
    }
    int m = grammar.isDeterminer(t.get(k + 1)) ? k + 2 : k + 1;
    if (grammar.isPreamble(t.get(m))) {
      return new Part("pp", m + 1);
    }
    int end = grammar.operativePartEnd(t, m);
    return end > m ? new Part("op", end) : null;
  }

  /** Whether a list goes on at {@code k}: "and", "or", a comma or a range word. */
  private boolean listFollows(int k) {
    Token tok = t.get(k);
    return tok.isPunct(',') || grammar.isAnd(tok) || grammar.isRange(tok);
  }

  /**
   * Reads a reference starting at {@code at} (see {@link #unitAt}); null when none starts there.
   */
  Read read(int at, List<Step> prefix) {
    CitationGrammar.Data.Unit unit = unitAt(at).orElse(null);
    if (unit == null) {
      return null;
    }
    Ordinals.Ordinal ordinal = ordinals.at(at);
    if (ordinal != null) {
      return counted(ordinals.list(ordinal), unit, at, prefix);
    }
    String step = unit.step();
    int k = nounAfter(step, skipDot(at + 1));
    if (grammar.isOf(t.get(k)) && t.get(k + 1).isNumber() && listFollows(k + 2)) {
      // A stray "of" before a list: "in accordance with Articles of 24 and 25 of UNTOC" (A/64/L.64,
      // annex). Not before a date: "the Articles of 15 November 2000", "Directive of 29 April".
      k++;
    }
    List<Item> items = new ArrayList<>();
    int first = at;
    while (items.size() < MAX_ITEMS) {
      List<Step> path = new ArrayList<>(prefix);
      int after = number(step, k, path);
      if (after < 0) {
        break;
      }
      k = subparts(after, path);
      items.add(new Item(first, k - 1, path));
      k = siblings(k, items);
      int range = range(step, k, path, items, first, prefix.size());
      if (range > 0) {
        k = range;
      }
      int more = continuation(step, k);
      if (more < 0) {
        break;
      }
      first = more;
      k = grammar.unit(t.get(more)).isPresent() ? nounAfter(step, skipDot(more + 1)) : more;
    }
    return items.isEmpty() ? null : new Read(step, items, k);
  }

  /**
   * The one item of {@code read} carried on by a part written after the instrument's name that
   * follows it, at {@code k}: "article 6 of the Protocol, paragraph 3" is article 6 (3). Only a
   * comma and a unit below the item's own last one ("paragraph" after "article", "subparagraph"
   * after "paragraph") are read so. Null when none follows, when the part is the text's own
   * ("paragraph 3 above") or another instrument's ("paragraph 3 of resolution 64/293").
   */
  Read partsAfterName(Read read, int k) {
    if (read.items().size() != 1 || !t.get(k).isPunct(',')) {
      return null;
    }
    Item item = read.items().get(0);
    String last = item.path().get(item.path().size() - 1).type();
    var unit = grammar.unit(t.get(k + 1));
    if (unit.isEmpty() || !below(unit.get().step(), last)) {
      return null;
    }
    List<Step> path = new ArrayList<>(item.path());
    int end = subparts(k, path);
    if (end == k || grammar.isOf(t.get(end)) || grammar.isOwnWord(t.get(end))) {
      return null;
    }
    return new Read(read.unitStep(), List.of(new Item(item.first(), end - 1, path)), end);
  }

  /** Whether a {@code part} can stand inside a {@code whole}: a paragraph in an article. */
  private static boolean below(String part, String whole) {
    return switch (whole) {
      case "art" -> part.equals("para") || part.equals("subpara");
      case "para" -> part.equals("subpara");
      default -> false;
    };
  }

  /**
   * "the third and fourth preambular paragraphs" at {@code at}: one item per ordinal, each showing
   * the whole list, as each article of a range does.
   */
  private Read counted(
      List<Ordinals.Ordinal> list, CitationGrammar.Data.Unit unit, int at, List<Step> prefix) {
    // An ordinal of the preamble counts its paragraphs, whether called "alinéas" or "párrafos": the
    // finder reads "of the preamble" after them as it does after "paragraph 4".
    String step = COUNTED.contains(unit.step()) ? unit.step() : "para";
    int k = nounAfter(step, skipDot(list.get(list.size() - 1).next() + 1));
    List<Item> items = new ArrayList<>();
    for (Ordinals.Ordinal ordinal : list) {
      List<Step> path = new ArrayList<>(prefix);
      path.add(new Step(step, Integer.toString(ordinal.value())));
      items.add(new Item(at, k - 1, path));
    }
    return new Read(step, items, k);
  }

  /**
   * "paragraph 4 of the preamble" ("del preámbulo", "du préambule"): {@code read}'s paragraphs as
   * the preambular paragraphs they are (PP 4), read on past the preamble; "párrafo 4 de la parte
   * dispositiva" likewise as OP 4. Null when neither part follows its paragraphs.
   */
  Read inPart(Read read) {
    Part part = partAfter(read.next());
    if (part == null || !read.unitStep().equals("para")) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    for (Item item : read.items()) {
      List<Step> path = new ArrayList<>(item.path());
      path.set(0, new Step(part.step(), path.get(0).value()));
      items.add(new Item(item.first(), item.last(), path));
    }
    return new Read(part.step(), items, part.end());
  }

  /** Reads the number (or letter) of a step at {@code k}; returns the next index or -1. */
  private int number(String step, int k, List<Step> path) {
    Token tok = t.get(k);
    Ordinals.Ordinal after = postposed(step, k);
    if (after != null) {
      path.add(new Step(step, Integer.toString(after.value())));
      return after.next();
    }
    if (step.equals("subpara")) {
      int in = partAt(k);
      if (in >= 0 && t.get(in).isLetter()) {
        path.add(new Step("subpara", t.get(in).key()));
        return partEnd(k);
      }
      if (tok.isLetter()) {
        path.add(new Step("subpara", tok.key()));
        return k + 1;
      }
      if (tok.isNumber() && PartValues.isParagraphNumber(tok.text())) {
        // "article 6, subparagraph 2, of the Protocol" (004 line 58), a paragraph so miscalled:
        // read as written, so that it fails to resolve in the instrument named, not elsewhere.
        path.add(new Step("subpara", PartValues.strip(tok.text())));
        return k + 1;
      }
      return -1;
    }
    int in = step.equals("para") ? partAt(k) : -1;
    if (in >= 0) {
      // "paragraphs (b) and (c)" of a decision lettered so; "paragraph (a) of article 3", a
      // subparagraph, is tried as one too (EidPaths).
      Token inner = t.get(in);
      if (inner.isLetter()) {
        path.add(new Step("para", inner.key()));
        return partEnd(k);
      }
      if (inner.isNumber() && PartValues.isParagraphNumber(inner.text())) {
        path.add(new Step("para", PartValues.strip(inner.text())));
        return partEnd(k);
      }
      return -1;
    }
    if (!tok.isNumber() || tok.text().indexOf('/') >= 0) {
      return -1;
    }
    int dot = tok.text().indexOf('.');
    if (dot > 0) {
      // "Guideline 6.1" is paragraph 1 of Guideline 6.
      path.add(new Step(step, PartValues.strip(tok.text().substring(0, dot))));
      path.add(new Step("para", PartValues.strip(tok.text().substring(dot + 1))));
      return k + 1;
    }
    if (INSERTED.contains(t.get(k + 1).key())) {
      // "OP 1bis", "article 3 bis": a paragraph inserted after 1, never paragraph 1 itself.
      path.add(new Step(step, PartValues.strip(tok.text()) + t.get(k + 1).key()));
      return k + 2;
    }
    path.add(new Step(step, PartValues.strip(tok.text())));
    return k + 1;
  }

  /**
   * "el párrafo cuarto del preámbulo", "los párrafos primero y segundo del preámbulo": Spanish puts
   * the ordinal after the noun. The ordinal at {@code k}, when the list it begins ends before a
   * preamble or operative part; null otherwise, as before the noun ("el párrafo primero del
   * artículo 5" is not read).
   */
  private Ordinals.Ordinal postposed(String step, int k) {
    Ordinals.Ordinal first = step.equals("para") && t.get(k).isWord() ? ordinals.at(k) : null;
    if (first == null) {
      return null;
    }
    List<Ordinals.Ordinal> list = ordinals.list(first);
    return partAfter(list.get(list.size() - 1).next()) != null ? first : null;
  }

  /**
   * Where the letter or number of a part written "(a)" is, or of one written "a)" as Spanish and
   * French texts do ("apartado a)", "alinéa a)"; a single letter or a roman numeral only, so that a
   * word closing a parenthesis is not read as one); -1 when none starts at {@code j}.
   */
  private int partAt(int j) {
    if (t.get(j).isPunct('(') && t.get(j + 2).isPunct(')')) {
      return j + 1;
    }
    Token tok = t.get(j);
    boolean bare =
        tok.isLetter()
            || (tok.isWord() && PartValues.isRoman(tok.key()) && tok.text().equals(tok.key()));
    return bare && t.get(j + 1).isPunct(')') ? j : -1;
  }

  /** The index after the part {@link #partAt} found at {@code j}. */
  private int partEnd(int j) {
    return t.get(j).isPunct('(') ? j + 3 : j + 2;
  }

  /** "(3) (c)", ", paragraph 3", "paragraph 1", ", subpara. (b)" after a number. */
  private int subparts(int k, List<Step> path) {
    for (int guard = 0; guard < 8; guard++) {
      Token tok = t.get(k);
      int in = partAt(k);
      if (in >= 0) {
        Token inner = t.get(in);
        String last = path.get(path.size() - 1).type();
        if (inner.isNumber() && PartValues.isParagraphNumber(inner.text())) {
          path.add(new Step("para", PartValues.strip(inner.text())));
        } else if (PartValues.isLetterPart(inner)) {
          boolean clause =
              (last.equals("subpara") || inner.text().length() > 1)
                  && PartValues.isRoman(inner.key());
          path.add(new Step(clause ? "clause" : "subpara", inner.key()));
        } else {
          return k;
        }
        k = partEnd(k);
        continue;
      }
      int at = tok.isPunct(',') ? k + 1 : k;
      var unit = grammar.unit(t.get(at));
      if (unit.isPresent()
          && (unit.get().step().equals("para") || unit.get().step().equals("subpara"))) {
        List<Step> extra = new ArrayList<>();
        int after = number(unit.get().step(), skipDot(at + 1), extra);
        if (after > 0 && !t.get(after).isPunct('/') && extra.size() == 1) {
          path.addAll(extra);
          k = after;
          continue;
        }
      }
      return k;
    }
    return k;
  }

  /**
   * The other parts of one item, each an item of its own: "article 3 (a) and (c)", "subparagraphs
   * (a), (b) and (d)", "(a) to (c)", "article 5 (2)-(4)", "article 26, paragraphs 2 and 3". A part
   * names the same kind as the last part of the item before it (a letter after a subparagraph or
   * clause, a number after a paragraph); a range is expanded when both ends are single letters or
   * numbers. Returns the index after the last part read.
   */
  private int siblings(int k, List<Item> items) {
    boolean worded = worded(items.get(items.size() - 1));
    while (items.size() < MAX_ITEMS) {
      Item last = items.get(items.size() - 1);
      List<Step> head = last.path().subList(0, last.path().size() - 1);
      Step part = last.path().get(last.path().size() - 1);
      int j = t.get(k).isPunct(',') ? k + 1 : k;
      boolean range = grammar.isRange(t.get(j));
      if (range || grammar.isAnd(t.get(j))) {
        j++;
      }
      if (j == k) {
        return k;
      }
      int in = partAt(j);
      // "article 26, paragraphs 2 and 3": the 3 is a paragraph, as the 2 is; and so in
      // "paragraph 2 and paragraph 3", its unit word said again.
      boolean bare = in < 0 && worded && bareValue(j);
      if (in < 0 && worded && !bare && sameUnit(j, part.type())) {
        j = skipDot(j + 1);
        bare = bareValue(j);
      }
      if (bare) {
        in = j;
      }
      if (in < 0) {
        return k;
      }
      Token inner = t.get(in);
      if (part.type().equals("clause")
          && !PartValues.isRoman(inner.key())
          && !head.isEmpty()
          && head.get(head.size() - 1).type().equals("subpara")) {
        // "(a) (i) or (ii) or (b) (i)": a letter after a clause is the next subparagraph.
        part = head.get(head.size() - 1);
        head = head.subList(0, head.size() - 1);
      }
      if (range && PartValues.showsRoman(part, inner)) {
        // "article 3 (i) to (iii)": the far end shows that the near one was a roman numeral.
        part = new Step("clause", part.value());
        items.set(items.size() - 1, new Item(last.first(), last.last(), withLast(head, part)));
      }
      List<String> values = PartValues.after(part, inner, range);
      if (values.isEmpty()) {
        return k;
      }
      k = bare ? j + 1 : partEnd(j);
      // Each part of a range shows the whole range, as each article of "articles 5 to 7" does.
      int from = range ? last.first() : j;
      int to = k - 1;
      for (String value : values) {
        if (items.size() < MAX_ITEMS) {
          List<Step> path = new ArrayList<>(head);
          path.add(new Step(part.type(), value));
          if (!range) {
            k = subparts(k, path); // "or (b) (i)"
          }
          items.add(new Item(from, range ? to : k - 1, path));
        }
      }
    }
    return k;
  }

  /**
   * Whether the last part of {@code item} is below its first and written with its own unit word and
   * a bare number or letter ("article 26, paragraphs 2"): a bare number or letter listed after it
   * names another such part, not another article.
   */
  private boolean worded(Item item) {
    int last = item.last();
    if (item.path().size() < 2 || last < 1 || !bareValue(last)) {
      return false;
    }
    int word = t.get(last - 1).isPunct('.') ? last - 2 : last - 1;
    String type = item.path().get(item.path().size() - 1).type();
    // "articles 24, paragraph 1, and 25": a list of articles, which the plural says; in "article
    // 26, paragraph 2 and 3" or "paragraphs 2 and 3" the paragraphs are listed.
    return word >= 0 && sameUnit(word, type) && (plural(word) || !plural(item.first()));
  }

  /** Whether token {@code k} is a unit word of step {@code type}. */
  private boolean sameUnit(int k, String type) {
    return grammar.unit(t.get(k)).filter(u -> u.step().equals(type)).isPresent();
  }

  /** A unit word in the plural: "paragraphs", "paras.", "articles", "párrafos". */
  private boolean plural(int k) {
    String word = t.get(k).key();
    return word.length() > 2 && word.endsWith("s");
  }

  /** A paragraph number, or a single lower-case letter or roman numeral, standing alone at k. */
  private boolean bareValue(int k) {
    Token tok = t.get(k);
    return (tok.isNumber() && PartValues.isParagraphNumber(tok.text()))
        || (PartValues.isLetterPart(tok) && (tok.isLetter() || PartValues.isRoman(tok.key())));
  }

  private static List<Step> withLast(List<Step> head, Step last) {
    List<Step> path = new ArrayList<>(head);
    path.add(last);
    return path;
  }

  /**
   * "5 to 7": replaces the last item by 5..7 and returns the next index, or -1. "Guidelines 2.1 to
   * 2.3" ranges over the paragraphs of one guideline.
   */
  private int range(String step, int k, List<Step> path, List<Item> items, int first, int base) {
    if (!t.get(k + 1).isNumber() || !grammar.isRange(t.get(k))) {
      return -1;
    }
    String far = t.get(k + 1).text();
    int dot = far.indexOf('.');
    int varied = dot < 0 ? base : base + 1; // the step whose number runs
    if (path.size() != varied + 1 || !path.get(base).type().equals(step)) {
      return -1;
    }
    Step near = path.get(varied);
    if (dot >= 0
        && !(near.type().equals("para") && far.substring(0, dot).equals(path.get(base).value()))) {
      return -1; // "Guideline 2.1 to 3.2" spans two guidelines: not expanded
    }
    try {
      int from = Integer.parseInt(near.value());
      int to = Integer.parseInt(dot < 0 ? far : far.substring(dot + 1));
      if (to <= from || to - from > MAX_ITEMS) {
        return -1;
      }
      List<Step> prefix = path.subList(0, varied);
      items.remove(items.size() - 1);
      for (int n = from; n <= to && items.size() < MAX_ITEMS; n++) {
        List<Step> p = new ArrayList<>(prefix);
        p.add(new Step(near.type(), Integer.toString(n)));
        items.add(new Item(first, k + 1, p));
      }
      return k + 2;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * After an item: the index where the next item of the same list starts (its number, or its
   * repeated unit word), or -1 when the list ends.
   */
  private int continuation(String step, int k) {
    int j = k;
    if (t.get(j).isPunct(',')) {
      j++;
    }
    if (grammar.isAnd(t.get(j))) {
      j++;
    }
    if (j == k) {
      return -1;
    }
    if (t.get(j).isNumber() && t.get(j).text().indexOf('/') < 0) {
      return j;
    }
    if (postposed(step, j) != null) {
      return j; // "párrafos primero y segundo del preámbulo"
    }
    var unit = grammar.unit(t.get(j));
    if (unit.isPresent()
        && unit.get().step().equals(step)
        && t.get(nounAfter(step, skipDot(j + 1))).isNumber()) {
      return j;
    }
    return -1;
  }

  /**
   * Past the word "paragraph" after "preambular" or "operative", which are the unit: "preambular
   * paragraph 4" is PP4, not paragraph 4 (in a resolution, an operative one).
   */
  private int nounAfter(String step, int k) {
    if (!COUNTED.contains(step)) {
      return k;
    }
    if (grammar.unit(t.get(k)).filter(u -> u.step().equals("para")).isEmpty()) {
      return k;
    }
    // The dot of "para." belongs to the word; after "paragraph" it ends the sentence, and stays out
    // of the citation unless the reference reads on ("operative paragraph. 4" in OCR).
    Token next = t.get(k + 2);
    boolean readsOn = next.isNumber() || grammar.isOf(next);
    return t.get(k).length() <= ABBREVIATION || readsOn ? skipDot(k + 1) : k + 1;
  }

  /**
   * Past the dot of "art." at {@code k}. A dot that ends a paragraph ends the reference: in "of
   * this article.", a blank line, then "5.", the 5 numbers the next paragraph.
   */
  private int skipDot(int k) {
    Token dot = t.get(k);
    return dot.isPunct('.') && !ParagraphLabel.breakBetween(text, dot, t.get(k + 1)) ? k + 1 : k;
  }
}
