package org.precedent.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags the differences that change what a provision obliges: modality and force ("shall" →
 * "should", "is" → "shall preferably be"), the operative verb (decides → encourages), qualifiers
 * ("as appropriate"), negation, scope words ("all", "especially women and children") and
 * cross-references. The words and their direction are data ({@code match/weight.tsv}). Words inside
 * long recurring names are not counted: a title that says "especially women and children" narrows
 * nothing.
 */
final class WeightDiffer {
  /** Compared in this order, so that a precedent's changes are always listed alike. */
  private static final List<String> RANKED = List.of("modality", "operative");

  private static final String NEGATION = "negation";

  /**
   * Words a qualifier may put between a modal and its verb ("should, as appropriate, consider").
   */
  private static final int VERB_REACH = 4;

  /** How many words after its modal a qualifier moved within the clause may stand. */
  private static final int QUALIFIER_REACH = 7;

  /** Draft words on each side of the shared ones whose weight is still compared (see near). */
  private static final int NEAR = 14;

  /** The strength {@code weight.tsv} gives a categorical statement ("is", "are"). */
  private static final double CATEGORICAL = 4.5;

  /** The strength of "should": a modal above it obliges, if only to consider. */
  private static final double SHOULD = 2;

  /** The least strength of a modal that obliges ("shall endeavour"; "should" is below it). */
  private static final double BINDING = 3;

  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "article",
          "articles",
          "art",
          "arts",
          "paragraph",
          "paragraphs",
          "para",
          "paras",
          "principle",
          "principles",
          "guideline",
          "guidelines",
          "annex",
          "subparagraph",
          "chapter");

  private record Entry(
      String category,
      List<String> words,
      double strength,
      String add,
      String drop,
      String family) {}

  private record Occurrence(Entry entry, int start, int end) {}

  /**
   * Words that only say whose a qualifier is: "in accordance with their domestic law" is "in
   * accordance with domestic law" said of the States, not another qualifier.
   */
  private static final Set<String> WHOSE = Set.of("its", "their", "the");

  /**
   * The form by which each entry is counted: its family where weight.tsv gives one ("as
   * appropriate" and "where appropriate" are one qualifier), else its words without {@link #WHOSE}.
   */
  private final Map<Entry, List<String>> counted = new java.util.HashMap<>();

  /** The most words an entry has. */
  private final int longest;

  /**
   * The entries by their first word, longest first: a common word ("in", "all", "is") starts a few
   * entries, and testing it against every entry was most of the check's time for weight changes.
   */
  private final Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();

  /** The qualifiers by phrase ("as appropriate"), by which a modal may differ only. */
  private final Map<String, Entry> qualifiers = new java.util.HashMap<>();

  /** The scope phrases ("especially women and children"). */
  private final Set<String> scopes = new java.util.HashSet<>();

  WeightDiffer() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : WordLists.rows("weight.tsv")) {
      double strength = row[2].equals("-") ? 0 : Double.parseDouble(row[2]);
      entries.add(
          new Entry(
              row[0],
              List.of(row[1].split(" ")),
              strength,
              row.length > 3 ? row[3] : "",
              row.length > 4 ? row[4] : "",
              row.length > 5 ? row[5] : ""));
    }
    for (Entry e : entries) {
      String phrase = String.join(" ", e.words());
      if (e.category().equals("qualifier")) {
        qualifiers.put(phrase, e);
      } else if (e.category().equals("scope")) {
        scopes.add(phrase);
      }
      counted.put(
          e,
          e.family().isEmpty()
              ? e.words().stream().filter(w -> !WHOSE.contains(w)).toList()
              : List.of("family", e.family()));
    }
    entries.sort((x, y) -> Integer.compare(y.words().size(), x.words().size()));
    entries.forEach(
        e -> byFirstWord.computeIfAbsent(e.words().get(0), w -> new ArrayList<>()).add(e));
    longest = entries.get(0).words().size();
  }

  /**
   * The weight changes from the aligned part of a provision, {@code provision}'s tokens {@code
   * spanStart} to {@code spanEnd}, to {@code segment}, given the word diff between the two. Counted
   * words (qualifiers, negation, scope) and references are compared within the aligned part alone.
   * A modal may lie just outside it: alignment leaves "Each State Party shall" out of "States
   * Parties should consider", whose only shared words start at "consider", and the draft's "should
   * consider" then replaced the provision's "shall consider".
   */
  List<WeightChange> diff(
      String provisionText,
      List<Token> provision,
      int spanStart,
      int spanEnd,
      List<Token> segment,
      List<WordDiff.Change> changes) {
    List<Token> precedent = provision.subList(spanStart, spanEnd);
    List<WeightChange> out = new ArrayList<>();
    List<Occurrence> around = around(provisionText, provision, spanStart, spanEnd);
    List<Occurrence> after = occurrences(segment);
    for (String category : RANKED) {
      for (WordDiff.Change c : changes) {
        ranked(
                category,
                new Side(provision, around, spanStart + c.from(), spanStart + c.fromEnd()),
                new Side(segment, after, c.to(), c.toEnd()),
                spanStart,
                spanEnd)
            .filter(w -> !out.contains(w))
            .ifPresent(out::add);
      }
    }
    moved(out);
    List<Occurrence> before = new ArrayList<>(occurrences(precedent));
    boolean quotes = quotesObligation(provisionText, provision, spanStart, spanEnd, around);
    List<Occurrence> opening =
        quotes ? qualifying(provisionText, provision, spanStart, around) : List.of();
    before.addAll(opening);
    boolean endsWith =
        quotes
            && endsWithTheQuotedPart(
                after, tail(changes, precedent.size(), segment.size()), segment.size());
    List<Occurrence> closing =
        endsWith ? closing(provisionText, provision, spanEnd, around) : List.of();
    before.addAll(closing);
    int ranked = out.size();
    counted(before, after, near(after, precedent.size(), segment.size(), changes), out);
    out.replaceAll(w -> scope(w) ? Emphasis.narrowed(w, segment).orElse(w) : w);
    explained(out, ranked, after);
    out.addAll(
        ListItems.dropped(
            provisionText,
            provision,
            spanStart,
            segment,
            changes,
            out,
            words -> !occurrences(words).isEmpty()));
    NegatingPrefix.reversals(precedent, segment, changes).stream()
        .filter(w -> !out.contains(w))
        .forEach(out::add);
    references(precedent, segment, out);
    java.util.Optional<WeightChange> items =
        ListItems.cutOff(provisionText, provision, spanEnd, segment);
    items.ifPresent(out::add);
    java.util.Optional<WeightChange> condition =
        quotes && closing.isEmpty()
            ? ClosingCondition.dropped(provisionText, provision, spanEnd, segment)
            : java.util.Optional.empty();
    condition.ifPresent(out::add);
    if (quotes && startsWithTheQuotedPart(changes)) {
      SentenceCut.head(
              provisionText,
              provision,
              spanStart,
              spanEnd,
              i -> opening.stream().anyMatch(o -> o.start() <= i && i < o.end()))
          .ifPresent(out::add);
    }
    if (endsWith
        && closing.isEmpty()
        && items.isEmpty()
        && condition.isEmpty()
        && quotesLastObligation(provisionText, provision, spanStart, spanEnd, around)) {
      SentenceCut.tail(provisionText, provision, spanStart, spanEnd).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether the draft starts with its part shared with the precedent: no words of its own come
   * before it. A draft opening with words of its own ("Recalling that") frames the quotation in
   * them, and what the precedent's sentence has before the shared part is not simply dropped.
   */
  private static boolean startsWithTheQuotedPart(List<WordDiff.Change> changes) {
    if (changes.isEmpty()) {
      return true;
    }
    WordDiff.Change first = changes.get(0);
    return !(first.from() == 0 && first.fromEnd() == 0 && first.to() == 0 && first.toEnd() > 0);
  }

  /**
   * The draft's occurrences near the words it shares with the precedent: from {@link #NEAR} words
   * before the first to as many after the last. A long paragraph that shares a clause with a
   * provision holds words of weight far from that clause: its "all Central and North American
   * countries" was said to broaden UNTOC art. 33 (2), with which it shares three words. A qualifier
   * opening the clause's sentence ("In appropriate cases and to the extent possible under its
   * domestic law, ...") stays within reach.
   */
  private static List<Occurrence> near(
      List<Occurrence> occurrences,
      int precedentSize,
      int segmentSize,
      List<WordDiff.Change> changes) {
    int from = 0;
    if (!changes.isEmpty()) {
      WordDiff.Change first = changes.get(0);
      if (first.fromEnd() == 0 && first.to() == 0) {
        from = first.toEnd(); // draft words before the first shared one
      }
    }
    int lo = from - NEAR;
    int hi = tail(changes, precedentSize, segmentSize) + NEAR;
    return occurrences.stream().filter(o -> o.start() >= lo && o.end() <= hi).toList();
  }

  /** Where the draft's words after the last one it shares with the precedent begin. */
  private static int tail(List<WordDiff.Change> changes, int precedentSize, int segmentSize) {
    if (!changes.isEmpty()) {
      WordDiff.Change last = changes.get(changes.size() - 1);
      if (last.from() == precedentSize && last.toEnd() == segmentSize) {
        return last.to();
      }
    }
    return segmentSize;
  }

  /** Whether {@code w} drops a scope phrase of weight.tsv ("especially women and children"). */
  private boolean scope(WeightChange w) {
    return w.to().isEmpty() && scopes.contains(w.from());
  }

  /**
   * Drops a modal change that only a qualifier added or dropped beside it makes ("shall → shall as
   * appropriate" beside "adds 'as appropriate'"): the qualifier says it, once. And one whose
   * qualifier the draft only moved ("shall cooperate with one another, as appropriate," for "shall,
   * as appropriate, cooperate"): the draft ({@code draft}'s occurrences) still holds it, and no
   * qualifier was counted added or dropped. {@code ranked} is how many of {@code out}'s first
   * entries are modal or verb changes.
   */
  private void explained(List<WeightChange> out, int ranked, List<Occurrence> draft) {
    List<WeightChange> qualifiers = out.subList(ranked, out.size());
    List<WeightChange> said = new ArrayList<>();
    for (WeightChange m : out.subList(0, ranked)) {
      if (movedQualifier(m, qualifiers, draft)) {
        said.add(m);
        continue;
      }
      for (WeightChange q : qualifiers) {
        String phrase = q.from().isEmpty() ? q.to() : q.from();
        boolean adds = q.from().isEmpty() && m.to().equals(m.from() + " " + phrase);
        boolean drops = q.to().isEmpty() && m.from().equals(m.to() + " " + phrase);
        if (!m.from().isEmpty() && !m.to().isEmpty() && (adds || drops)) {
          said.add(m);
        }
      }
    }
    out.removeAll(said);
  }

  /**
   * Whether the modal change {@code m} is only a qualifier of weight.tsv beside the modal on one
   * side ("shall as appropriate → shall"), in one of its forms still in the {@code draft}, where no
   * change in {@code changed} adds or drops that qualifier.
   */
  private boolean movedQualifier(
      WeightChange m, List<WeightChange> changed, List<Occurrence> draft) {
    if (m.from().isEmpty() || m.to().isEmpty()) {
      return false;
    }
    boolean fromLonger = m.from().length() > m.to().length();
    String longer = fromLonger ? m.from() : m.to();
    String shorter = fromLonger ? m.to() : m.from();
    if (!longer.startsWith(shorter + " ")) {
      return false;
    }
    Entry qualifier = qualifiers.get(longer.substring(shorter.length() + 1));
    return qualifier != null
        && changed.stream()
            .noneMatch(q -> sameForm(q.from().isEmpty() ? q.to() : q.from(), qualifier))
        && draft.stream()
            .anyMatch(
                o ->
                    counted.get(o.entry()).equals(counted.get(qualifier))
                        && besideModal(o, shorter, draft));
  }

  /**
   * Whether the qualifier at {@code q} still stands by the modal {@code modal}, a few words after
   * it and its verb: "shall cooperate with one another, as appropriate, by" keeps the condition on
   * cooperating; "shall cooperate ... to enable them, as appropriate, to determine" moves it to
   * another verb, and cooperation becomes unconditional.
   */
  private static boolean besideModal(Occurrence q, String modal, List<Occurrence> draft) {
    return draft.stream()
        .anyMatch(
            m ->
                String.join(" ", m.entry().words()).equals(modal)
                    && q.start() >= m.end()
                    && q.start() - m.end() <= QUALIFIER_REACH);
  }

  private boolean sameForm(String phrase, Entry qualifier) {
    Entry e = qualifiers.get(phrase);
    return e != null && counted.get(e).equals(counted.get(qualifier));
  }

  /**
   * The occurrences in and around the aligned part, in the provision's token positions: from the
   * start of the sentence it opens in (where its conditions and an outside modal lie) to as far
   * past its end as an entry that starts there reaches. Not the whole provision: an annex read as
   * one provision runs to thousands of words, and the check assesses hundreds of precedents.
   */
  private List<Occurrence> around(String text, List<Token> provision, int spanStart, int spanEnd) {
    int from = Math.min(spanStart, provision.size());
    while (from > 0
        && from < provision.size()
        && sameSentence(text, provision.get(from - 1).end(), provision.get(from).start())) {
      from--;
    }
    int to = Math.min(provision.size(), spanEnd + longest);
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : occurrences(provision.subList(from, to))) {
      out.add(new Occurrence(o.entry(), o.start() + from, o.end() + from));
    }
    return out;
  }

  /**
   * The conditions that open the sentence whose modal the aligned part holds, where they lie before
   * it: art. 6 (1) of the Protocol opens "In appropriate cases and to the extent possible under its
   * domestic law, each State Party shall protect the privacy...", and a draft saying "States shall
   * protect the privacy..." drops both conditions of that obligation, though every word it keeps is
   * the treaty's. The caller asks only where the aligned part quotes the obligation ({@link
   * #quotesObligation}): "the privacy and identity of victims" quotes none. A sentence ends at a
   * full stop, a semicolon or a colon. Words after the aligned part are left alone: there they
   * mostly qualify a clause of their own ("including, inter alia, by making legal proceedings ...
   * confidential"), not the obligation; only a qualifier closing the sentence qualifies it ({@link
   * #closing}).
   */
  private static List<Occurrence> qualifying(
      String text, List<Token> provision, int spanStart, List<Occurrence> around) {
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : around) {
      if (o.entry().category().equals("qualifier")
          && o.entry().add().equals("weakens")
          && o.end() <= spanStart
          && sameSentence(
              text, provision.get(o.end() - 1).end(), provision.get(spanStart).start())) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The qualifier that closes the sentence of the aligned part, just after it: Protocol art. 7 (1)
   * ends "... to remain in its territory, temporarily or permanently, in appropriate cases.", and a
   * draft ending at "permanently" asks for what the treaty asks only in appropriate cases, though
   * every word it keeps is the treaty's. A qualifier closing the sentence qualifies its obligation,
   * so, as for {@link #qualifying}, the caller asks it only where the aligned part quotes the
   * obligation ({@link #quotesObligation}), and only where the draft ends with that part ({@link
   * #endsWithTheQuotedPart}).
   */
  private static List<Occurrence> closing(
      String text, List<Token> provision, int spanEnd, List<Occurrence> around) {
    if (spanEnd >= provision.size() || !ClosingCondition.followsOn(text, provision, spanEnd)) {
      return List.of();
    }
    for (Occurrence o : around) {
      if (o.start() == spanEnd
          && o.entry().category().equals("qualifier")
          && o.entry().add().equals("weakens")
          && (o.end() == provision.size()
              || !sameSentence(
                  text, provision.get(o.end() - 1).end(), provision.get(o.end()).start()))) {
        return List.of(o);
      }
    }
    return List.of();
  }

  /**
   * Whether the draft ends where its part shared with the precedent does ({@code tail}, where its
   * words after the last shared one begin, is its end), or ends on a qualifier alone: one saying
   * the precedent's closing qualifier another way ("as appropriate") keeps it, as {@link #counted}
   * compares forms. A draft going on with other words says something else there, whose conditions
   * are its own.
   */
  private static boolean endsWithTheQuotedPart(List<Occurrence> draft, int tail, int draftSize) {
    return tail == draftSize
        || draft.stream()
            .anyMatch(
                o ->
                    o.start() == tail
                        && o.end() == draftSize
                        && o.entry().category().equals("qualifier"));
  }

  /**
   * Whether the aligned part holds the first modal of the sentence it opens in (not a categorical
   * "is" or "are"): then it quotes the sentence's obligation. One before it ("States Parties may
   * consider entering into agreements ... in order that they may complete their sentences") means
   * the part quotes a clause of the sentence, not its obligation.
   */
  private static boolean quotesObligation(
      String text, List<Token> provision, int spanStart, int spanEnd, List<Occurrence> around) {
    if (spanStart == spanEnd) {
      return false;
    }
    int opening = provision.get(spanStart).start();
    for (Occurrence o : around) {
      if (o.entry().category().equals("modality")
          && o.entry().strength() != CATEGORICAL
          && o.start() < spanEnd
          && sameSentence(text, provision.get(o.start()).start(), opening)) {
        return o.start() >= spanStart;
      }
    }
    return false;
  }

  /**
   * Whether the aligned part, which quotes the obligation of the sentence it opens in, also holds
   * the modal of the sentence it ends in, where that is another: a part running from the definition
   * of art. 3 (a) into art. 3 (b) up to "set forth in" quotes no obligation of art. 3 (b), and what
   * follows in that sentence is not left out of anything the draft quotes.
   */
  private static boolean quotesLastObligation(
      String text, List<Token> provision, int spanStart, int spanEnd, List<Occurrence> around) {
    int last = spanEnd - 1;
    while (last > spanStart
        && sameSentence(text, provision.get(last - 1).end(), provision.get(last).start())) {
      last--;
    }
    if (last == spanStart) {
      return true;
    }
    int sentence = last;
    return around.stream()
        .anyMatch(
            o ->
                o.entry().category().equals("modality")
                    && o.entry().strength() != CATEGORICAL
                    && o.start() >= sentence
                    && o.start() < spanEnd);
  }

  /** Whether no full stop, semicolon or colon lies between offsets {@code a} and {@code b}. */
  static boolean sameSentence(String text, int a, int b) {
    for (int i = Math.min(a, b); i < Math.max(a, b); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ';' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops a modal or verb one change adds and another drops: "States shall, in appropriate cases,
   * protect" against "In appropriate cases, each State Party shall protect" moves "shall", which
   * was said both added and dropped.
   */
  private static void moved(List<WeightChange> ranked) {
    List<WeightChange> added = ranked.stream().filter(w -> w.from().isEmpty()).toList();
    for (WeightChange add : added) {
      ranked.stream()
          .filter(w -> w.to().isEmpty() && w.from().equals(add.to()))
          .findFirst()
          .ifPresent(
              drop -> {
                ranked.remove(drop);
                ranked.remove(add);
              });
    }
  }

  /** One side of a change: the text's tokens, their occurrences, and the changed range. */
  private record Side(List<Token> tokens, List<Occurrence> occurrences, int from, int end) {
    boolean isEmpty() {
      return from == end;
    }
  }

  /**
   * The change of modality or operative verb one word change makes. Where one side of it is empty
   * (words inserted or dropped), both sides are read with their neighbours: "States" inserted
   * before "shall consider" leaves the draft's "shall consider" as it was, and read without its
   * neighbours the draft's side held no modal, so "shall consider" was wrongly said dropped.
   */
  private java.util.Optional<WeightChange> ranked(
      String category, Side before, Side after, int spanStart, int spanEnd) {
    boolean neighbours = before.isEmpty() || after.isEmpty();
    Occurrence was = widest(category, before, neighbours);
    Occurrence now = widest(category, after, neighbours);
    if (category.equals("modality") && was != null && now == null) {
      // "States are encouraged to ensure" for "States shall ensure": the draft's verb is a
      // resolution's, which obliges no one.
      Occurrence verb = widest("operative", after, neighbours);
      double force = was.entry().strength();
      if (verb != null && force > SHOULD && force != CATEGORICAL) {
        String a = surface(before.tokens(), was);
        String b = surface(after.tokens(), verb);
        return java.util.Optional.of(new WeightChange(a, b, "weakens: " + a + " → " + b));
      }
    }
    if (was != null && now == null && (was.start() < spanStart || was.end() > spanEnd)) {
      // A word outside the aligned part is read only to say what the draft's own modal replaced.
      return java.util.Optional.empty();
    }
    if (was == null && now == null) {
      return java.util.Optional.empty();
    }
    String label = category.equals("modality") ? "" : " (" + category + " verb)";
    if (was != null && now != null) {
      double delta = now.entry().strength() - was.entry().strength();
      if (delta == 0 || was.entry().words().equals(now.entry().words())) {
        return java.util.Optional.empty();
      }
      String a = withVerb(before.tokens(), was, now);
      String b = withVerb(after.tokens(), now, was);
      String effect = delta < 0 ? "weakens" : "strengthens";
      return java.util.Optional.of(new WeightChange(a, b, effect + label + ": " + a + " → " + b));
    }
    boolean categorical = category.equals("modality");
    Occurrence one = was != null ? was : now;
    if (categorical && one.entry().strength() == CATEGORICAL) {
      return java.util.Optional.empty();
    }
    if (!categorical && was == null) {
      // A resolution opening verb ("Recognizing that", "Urges") before quoted treaty words frames
      // the quotation; it changes no obligation of the text quoted.
      return java.util.Optional.empty();
    }
    boolean binding = one.entry().strength() >= BINDING;
    if (was != null) {
      String a = surface(before.tokens(), was);
      return java.util.Optional.of(
          new WeightChange(
              a, "", (binding ? "weakens" : "strengthens") + label + ": drops '" + a + "'"));
    }
    String b = surface(after.tokens(), now);
    return java.util.Optional.of(
        new WeightChange(
            "", b, (binding ? "strengthens" : "weakens") + label + ": adds '" + b + "'"));
  }

  /**
   * Longest occurrence of {@code category} touching the side's changed range, or, with {@code
   * neighbours}, the range and the token on each side of it.
   */
  private static Occurrence widest(String category, Side side, boolean neighbours) {
    int lo = neighbours ? side.from() - 1 : side.from();
    int hi = neighbours ? side.end() + 1 : side.end();
    Occurrence best = null;
    for (Occurrence o : side.occurrences()) {
      if (o.entry().category().equals(category) && o.start() < hi && o.end() > lo) {
        if (best == null || o.end() - o.start() > best.end() - best.start()) {
          best = o;
        }
      }
    }
    return best;
  }

  /**
   * Qualifiers, negations and scope words the draft adds or drops. Added: more of them near the
   * shared words than the precedent holds ({@code near}). Dropped: fewer in the whole draft ({@code
   * after}), so that a clause the draft moved away from the shared words ("..., especially women
   * and children," at the paragraph's end) is not said to be dropped.
   */
  private void counted(
      List<Occurrence> before,
      List<Occurrence> after,
      List<Occurrence> near,
      List<WeightChange> out) {
    Map<Entry, Integer> was = counts(before);
    Map<Entry, Integer> anywhere = counts(after);
    Map<Entry, Integer> close = counts(near);
    Map<Entry, Integer> now = new LinkedHashMap<>();
    Set<Entry> all = new java.util.LinkedHashSet<>(was.keySet());
    all.addAll(close.keySet());
    // Forms of one qualifier ("in accordance with domestic law", "... with their domestic law")
    // count together, under the first form met: one replaced by the other is no change.
    Map<String, Entry> forms = new LinkedHashMap<>();
    Map<Entry, Entry> formOf = new LinkedHashMap<>();
    Set<Entry> seen = new java.util.LinkedHashSet<>(all);
    seen.addAll(anywhere.keySet());
    for (Entry e : seen) {
      formOf.put(e, forms.computeIfAbsent(e.category() + " " + counted.get(e), k -> e));
    }
    was = merged(was, formOf);
    anywhere = merged(anywhere, formOf);
    close = merged(close, formOf);
    all =
        all.stream()
            .map(formOf::get)
            .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    for (Entry e : all) {
      int had = was.getOrDefault(e, 0);
      int added = close.getOrDefault(e, 0);
      int kept = anywhere.getOrDefault(e, 0);
      now.put(e, added > had ? added : Math.min(had, kept));
    }
    // A negation said another way negates as much: "shall not be prosecuted" for Guideline 4 (5)'s
    // "prevents trafficked persons from being prosecuted" reverses nothing. Only a change in how
    // many negations the texts hold is one.
    boolean negationsKept = negations(was) == negations(now);
    for (Entry e : all) {
      if (negationsKept && e.category().equals(NEGATION)) {
        continue;
      }
      int diff = now.getOrDefault(e, 0) - was.getOrDefault(e, 0);
      String phrase = String.join(" ", e.words());
      if (diff > 0) {
        out.add(new WeightChange("", phrase, e.add() + ": adds '" + phrase + "'"));
      } else if (diff < 0) {
        out.add(new WeightChange(phrase, "", e.drop() + ": drops '" + phrase + "'"));
      }
    }
  }

  /** {@code counts} with each entry counted under its form in {@code formOf}, if it has one. */
  private static Map<Entry, Integer> merged(Map<Entry, Integer> counts, Map<Entry, Entry> formOf) {
    Map<Entry, Integer> out = new LinkedHashMap<>();
    counts.forEach((e, n) -> out.merge(formOf.getOrDefault(e, e), n, Integer::sum));
    return out;
  }

  private static int negations(Map<Entry, Integer> counts) {
    int n = 0;
    for (Map.Entry<Entry, Integer> c : counts.entrySet()) {
      n += c.getKey().category().equals(NEGATION) ? c.getValue() : 0;
    }
    return n;
  }

  private static Map<Entry, Integer> counts(List<Occurrence> occurrences) {
    Map<Entry, Integer> out = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      if (!RANKED.contains(o.entry().category())) {
        out.merge(o.entry(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Whether {@code tokens} state an obligation: a modal of binding force (shall, must, will, shall
   * endeavour). A categorical "is" or "are" does not count: a list item under "States should
   * consider:" reads "Ensuring that trafficked persons are not prosecuted" without binding anyone.
   */
  boolean binds(List<Token> tokens) {
    for (Occurrence o : occurrences(tokens)) {
      Entry e = o.entry();
      if (e.category().equals("modality")
          && e.strength() >= BINDING
          && e.strength() != CATEGORICAL) {
        return true;
      }
    }
    return false;
  }

  /** Longest entry per category at each position; boilerplate words are skipped. */
  private List<Occurrence> occurrences(List<Token> tokens) {
    List<Occurrence> out = new ArrayList<>();
    Map<String, Integer> coveredUntil = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Entry> starting = byFirstWord.get(tokens.get(i).norm());
      if (tokens.get(i).boilerplate() || starting == null) {
        continue;
      }
      for (Entry e : starting) {
        if (coveredUntil.getOrDefault(e.category(), 0) > i || !matchesAt(e, tokens, i)) {
          continue;
        }
        out.add(new Occurrence(e, i, i + e.words().size()));
        coveredUntil.put(e.category(), i + e.words().size());
      }
    }
    // The "are" of "are encouraged" is a resolution's verb reported, not a statement of fact.
    Set<Integer> verbs = new java.util.HashSet<>();
    out.stream()
        .filter(v -> v.entry().category().equals("operative"))
        .forEach(v -> verbs.add(v.start()));
    out.removeIf(
        o ->
            o.entry().strength() == CATEGORICAL
                && o.entry().category().equals("modality")
                && verbs.contains(o.start()));
    return out;
  }

  private static boolean matchesAt(Entry e, List<Token> tokens, int i) {
    if (i + e.words().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < e.words().size(); k++) {
      Token t = tokens.get(i + k);
      if (t.boilerplate() || !t.norm().equals(e.words().get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of {@code o}, with the verb the {@code other} side's modal holds, where the text has
   * it a few words on: "should, as appropriate, consider" for "shall consider" is "shall consider →
   * should consider", not "→ should" (the qualifier between them keeps "should consider" from being
   * read as one).
   */
  private static String withVerb(List<Token> tokens, Occurrence o, Occurrence other) {
    String words = surface(tokens, o);
    if (o.entry().words().size() != 1 || other.entry().words().size() != 2) {
      return words;
    }
    String verb = other.entry().words().get(1);
    for (int i = o.end(); i < Math.min(tokens.size(), o.end() + VERB_REACH); i++) {
      if (tokens.get(i).norm().equals(verb)) {
        return words + " " + tokens.get(i).surface().toLowerCase(Locale.ROOT);
      }
    }
    return words;
  }

  private static String surface(List<Token> tokens, Occurrence o) {
    List<String> words = new ArrayList<>();
    for (int i = o.start(); i < o.end(); i++) {
      words.add(tokens.get(i).surface().toLowerCase(Locale.ROOT));
    }
    return String.join(" ", words);
  }

  /** "article 7", "paragraph 2" cited in each text; differences are changed cross-references. */
  private static void references(
      List<Token> precedent, List<Token> segment, List<WeightChange> out) {
    Set<String> was = references(precedent);
    Set<String> now = references(segment);
    Set<String> dropped = new TreeSet<>(was);
    dropped.removeAll(now);
    Set<String> added = new TreeSet<>(now);
    added.removeAll(was);
    String a = String.join(", ", dropped);
    String b = String.join(", ", added);
    if (!dropped.isEmpty() && !added.isEmpty()) {
      out.add(new WeightChange(a, b, "changes reference: " + a + " → " + b));
    } else if (!dropped.isEmpty()) {
      out.add(new WeightChange(a, "", "drops reference: " + a));
    } else if (!added.isEmpty()) {
      out.add(new WeightChange("", b, "adds reference: " + b));
    }
  }

  private static Set<String> references(List<Token> tokens) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).norm();
      if (tokens.get(i).boilerplate() || !REFERENCE_WORDS.contains(word)) {
        continue;
      }
      String kind = canonical(word);
      for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
        String next = tokens.get(k).norm();
        if (Character.isDigit(next.charAt(0))) {
          out.add(kind + " " + next);
        } else if (!next.equals("and") && !next.equals("of") && !next.equals("to")) {
          break;
        }
      }
    }
    return out;
  }

  private static String canonical(String word) {
    return switch (word) {
      case "art", "arts", "articles" -> "article";
      case "para", "paras", "paragraphs" -> "paragraph";
      case "principles" -> "principle";
      case "guidelines" -> "guideline";
      default -> Objects.requireNonNull(word);
    };
  }
}
