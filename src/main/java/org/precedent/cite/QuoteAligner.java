package org.precedent.cite;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precedent.cite.QuoteWords.Word;

/**
 * Aligns a quotation with a provision word by word: finds the window of the provision the quote was
 * taken from (best bag-of-words overlap, then a word diff with java-diff-utils) and reports the
 * diff, a similarity (Dice over the window) and the forgiven differences.
 */
final class QuoteAligner {
  /** Words an ellipsis may not leave out: without them a provision says the opposite. */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither");

  private QuoteAligner() {}

  /** The alignment of a quote with one provision. */
  record Alignment(
      double similarity,
      boolean identical,
      boolean contiguous,
      Set<String> forgiven,
      List<DiffOp> diff) {}

  static Alignment align(List<Word> written, List<Word> provision) {
    if (written.isEmpty() || provision.isEmpty()) {
      return new Alignment(0, false, false, Set.of(), List.of());
    }
    List<Word> quote = CompoundFitter.fit(written, provision);
    int at = indexOf(provision, quote);
    if (at >= 0) {
      // Where the words occur more than once, the place written as quoted is the one quoted.
      Set<String> forgiven = new LinkedHashSet<>();
      forgive(quote, provision, at, forgiven);
      for (int next = indexOf(provision, quote, at + 1);
          next >= 0 && !forgiven.isEmpty();
          next = indexOf(provision, quote, next + 1)) {
        Set<String> there = new LinkedHashSet<>();
        forgive(quote, provision, next, there);
        if (there.size() < forgiven.size()) {
          forgiven = there;
        }
      }
      List<DiffOp> diff = List.of(new DiffOp("equal", join(quote)));
      return new Alignment(1.0, forgiven.isEmpty(), true, forgiven, diff);
    }
    int[] window = window(quote, provision);
    if (window[2] * 2 < quote.size()) {
      // Under half the quote's words are anywhere near each other here: no word diff is worth
      // computing (and a diff of two long unrelated texts is what would be slow).
      double similarity =
          2.0 * window[2] / (quote.size() + Math.min(quote.size(), provision.size()));
      return new Alignment(
          similarity, false, false, Set.of(), List.of(new DiffOp("insert", join(quote))));
    }
    Diffed diffed = diffAround(quote, provision, window);
    double similarity =
        2.0 * diffed.equal() / (quote.size() + Math.max(diffed.end() - diffed.start(), 1));
    return new Alignment(Math.min(similarity, 1.0), false, false, Set.of(), diffed.ops());
  }

  /**
   * The quote's pieces (split at the omissions its ellipses mark), each diffed in turn against the
   * stretch of the provision most like it after the previous one; the words between two stretches
   * are the omission, a deletion. For a quote whose pieces are not all found word for word ("the
   * threat or use of violence ... for the purpose of exploitation"), one diff of the whole quote
   * against one quote-sized window cannot reach a piece from the end of a long article: it matched
   * that piece's words with stray ones and called the article's own words missing. A negation left
   * out counts against the similarity as a word of the provision's left unmatched.
   */
  static Alignment piecewise(List<List<Word>> pieces, List<Word> provision) {
    List<DiffOp> ops = new ArrayList<>();
    int from = 0;
    int equal = 0;
    int quoteWords = 0;
    int windowWords = 0;
    for (List<Word> written : pieces) {
      List<Word> piece = CompoundFitter.fit(written, provision);
      quoteWords += piece.size();
      List<Word> rest = provision.subList(from, provision.size());
      if (piece.isEmpty() || rest.isEmpty()) {
        add(ops, "insert", piece);
        continue;
      }
      int[] window = window(piece, rest);
      window[0] += from;
      window[1] += from;
      Diffed diffed = diffAround(piece, provision, window);
      if (!ops.isEmpty() && diffed.equal() > 0) {
        List<Word> omitted = provision.subList(from, diffed.start());
        add(ops, "delete", omitted);
        // An omission forgives the words it leaves out, but not a negation among them.
        windowWords += (int) omitted.stream().filter(w -> NEGATIONS.contains(w.canon())).count();
      }
      ops.addAll(diffed.ops());
      equal += diffed.equal();
      windowWords += diffed.end() - diffed.start();
      from = Math.max(from, diffed.end());
    }
    double similarity = 2.0 * equal / (quoteWords + Math.max(windowWords, 1));
    return new Alignment(Math.min(similarity, 1.0), false, false, Set.of(), List.copyOf(ops));
  }

  /**
   * The diff of the quote against {@code window} of the provision, widened when quote words are
   * left over at an edge the provision goes past.
   */
  private static Diffed diffAround(List<Word> quote, List<Word> provision, int[] window) {
    Diffed diffed = diff(quote, provision, window[0], window[1]);
    if (diffed.cutShort(window[0], window[1], provision.size())) {
      // Quote words left over at an edge may lie past the margin: an omission longer than it
      // ("to the intended exploitation [set forth in subparagraph (a) of this article] shall be
      // irrelevant") left "shall be irrelevant" outside, reported as words the article lacks.
      Diffed wider =
          diff(
              quote,
              provision,
              Math.max(0, window[0] - quote.size()),
              Math.min(provision.size(), window[1] + quote.size()));
      if (wider.equal() > diffed.equal()) {
        diffed = wider;
      }
    }
    return diffed;
  }

  /**
   * A word diff of the quote against a slice of the provision, its equal words, and the provision's
   * words [start, end) its operations span (the slice less the unmatched words at its edges).
   */
  private record Diffed(List<DiffOp> ops, int equal, int start, int end) {
    /** Whether the diff starts or ends with quote words where the slice could go further. */
    boolean cutShort(int from, int to, int size) {
      return !ops.isEmpty()
          && ((from > 0 && ops.get(0).op().equals("insert"))
              || (to < size && ops.get(ops.size() - 1).op().equals("insert")));
    }
  }

  /**
   * The better of the two word diffs found reading forward and backward: the one keeping more words
   * equal, and of two keeping as many, the one spanning fewer provision words. Principle 7's
   * "transit and destination, or for" against a quote's "transit or destination" keeps two words
   * either way; read forward, the diff matched the quote's "or" with the one after "destination"
   * and said "and destination" and "for" were left out and "destination" added, where the quote put
   * "or" for "and".
   */
  private static Diffed diff(List<Word> quote, List<Word> provision, int from, int to) {
    Diffed forward = diff(quote, provision, from, to, false);
    Diffed backward = diff(quote, provision, from, to, true);
    boolean tighter =
        backward.equal() == forward.equal()
            && backward.end() - backward.start() < forward.end() - forward.start();
    return backward.equal() > forward.equal() || tighter ? backward : forward;
  }

  /** One change of a word diff, in forward positions of the provision slice and the quote. */
  private record Delta(DeltaType type, int at, int size, int quoteAt, int quoteSize) {}

  /** The changes that turn {@code a} into {@code b}, found reading both backward if asked. */
  private static List<Delta> deltas(List<String> a, List<String> b, boolean backward) {
    if (!backward) {
      List<Delta> out = new ArrayList<>();
      for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
        out.add(
            new Delta(
                d.getType(),
                d.getSource().getPosition(),
                d.getSource().size(),
                d.getTarget().getPosition(),
                d.getTarget().size()));
      }
      return out;
    }
    List<Delta> reversed = deltas(reversed(a), reversed(b), false);
    List<Delta> out = new ArrayList<>();
    for (int i = reversed.size() - 1; i >= 0; i--) {
      Delta d = reversed.get(i);
      out.add(
          new Delta(
              d.type(),
              a.size() - d.at() - d.size(),
              d.size(),
              b.size() - d.quoteAt() - d.quoteSize(),
              d.quoteSize()));
    }
    return out;
  }

  private static List<String> reversed(List<String> words) {
    List<String> out = new ArrayList<>(words);
    Collections.reverse(out);
    return out;
  }

  private static Diffed diff(
      List<Word> quote, List<Word> provision, int from, int to, boolean backward) {
    List<Word> part = provision.subList(from, to);
    List<String> a = part.stream().map(Word::canon).toList();
    List<String> b = quote.stream().map(Word::canon).toList();
    List<Op> ops = new ArrayList<>();
    int pa = 0;
    for (Delta delta : deltas(a, b, backward)) {
      int at = delta.at();
      if (at > pa) {
        ops.add(new Op("equal", part.subList(pa, at), from + pa, from + at));
      }
      int end = at + delta.size();
      if (delta.type() == DeltaType.DELETE || delta.type() == DeltaType.CHANGE) {
        ops.add(new Op("delete", part.subList(at, end), from + at, from + end));
      }
      if (delta.type() == DeltaType.INSERT || delta.type() == DeltaType.CHANGE) {
        int q = delta.quoteAt();
        ops.add(new Op("insert", quote.subList(q, q + delta.quoteSize()), from + end, from + end));
      }
      pa = end;
    }
    if (pa < part.size()) {
      ops.add(new Op("equal", part.subList(pa, part.size()), from + pa, to));
    }
    startOnTheQuotesWords(ops, part, from);
    // Provision words before the quote's first and after its last matched word are not diffs.
    int first = 0;
    int last = ops.size();
    while (first < last && ops.get(first).op().equals("delete")) {
      first++;
    }
    while (last > first && ops.get(last - 1).op().equals("delete")) {
      last--;
    }
    int size = ops.size();
    first = openOnAReplacement(ops, first);
    last += ops.size() - size;
    if (last - first >= 2 && ops.get(last - 1).op().equals("insert")) {
      Op replaced = ops.get(last - 2);
      int words = ops.get(last - 1).words().size();
      if (replaced.op().equals("delete") && replaced.words().size() > words) {
        // The quote ends on words in place of the provision's: they replace as many words, and the
        // provision goes on past the quote ("use of violence" for "use of force or other forms of
        // coercion, ..."), not "force or other forms of coercion" all replaced by one word.
        Op insert = ops.get(last - 1);
        int cut = replaced.from() + words;
        ops.set(
            last - 2, new Op("delete", replaced.words().subList(0, words), replaced.from(), cut));
        ops.set(last - 1, new Op("insert", insert.words(), cut, cut));
      }
    }
    List<DiffOp> kept = new ArrayList<>();
    int equal = 0;
    for (Op op : ops.subList(first, last)) {
      add(kept, op.op(), op.words());
      equal += op.op().equals("equal") ? op.words().size() : 0;
    }
    int start = first < last ? ops.get(first).from() : from;
    int end = first < last ? ops.get(last - 1).to() : start;
    return new Diffed(List.copyOf(kept), equal, start, end);
  }

  /**
   * Moves a diff's opening words forward past the provision words deleted after them, where the
   * provision repeats them there. The diff takes the first place a word matches: a quote opening
   * "of the abuse of power" had its "of" matched with the one before "deception", and "deception
   * of", words before the quotation begins, reported as left out of it. Moved, they are such words,
   * and dropped with the others ({@link #diff}).
   */
  private static void startOnTheQuotesWords(List<Op> ops, List<Word> part, int from) {
    int i = 0;
    while (i < ops.size() && ops.get(i).op().equals("delete")) {
      i++;
    }
    if (i + 1 >= ops.size()
        || !ops.get(i).op().equals("equal")
        || !ops.get(i + 1).op().equals("delete")) {
      return;
    }
    Op equal = ops.get(i);
    Op deleted = ops.get(i + 1);
    int shift = deleted.words().size();
    List<Word> moved = part.subList(equal.from() + shift - from, deleted.to() - from);
    for (int w = 0; w < moved.size(); w++) {
      if (!moved.get(w).canon().equals(equal.words().get(w).canon())) {
        return;
      }
    }
    int cut = equal.from() + shift;
    ops.set(i, new Op("delete", part.subList(equal.from() - from, cut - from), equal.from(), cut));
    ops.set(i + 1, new Op("equal", moved, cut, deleted.to()));
  }

  /**
   * Where the quote opens on words the provision lacks, just after provision words it leaves out,
   * the words they stand in place of are the provision's as many words before: "should consider
   * adopting" for art. 7 (1)'s "shall consider adopting" replaces "shall", which is shown deleted
   * rather than dropped with the words before the quotation begins. Splits the deletion before the
   * quote in two where it must, and returns the index of the diff's first operation.
   */
  private static int openOnAReplacement(List<Op> ops, int first) {
    if (first == 0 || first >= ops.size() || !ops.get(first).op().equals("insert")) {
      return first;
    }
    Op before = ops.get(first - 1);
    int words = Math.min(ops.get(first).words().size(), before.words().size());
    int cut = before.to() - words;
    List<Word> kept = before.words().subList(0, before.words().size() - words);
    ops.set(first - 1, new Op("delete", kept, before.from(), cut));
    ops.add(
        first,
        new Op(
            "delete", before.words().subList(kept.size(), kept.size() + words), cut, before.to()));
    return first;
  }

  /** One operation of a diff, with the provision's words [from, to) it covers. */
  private record Op(String op, List<Word> words, int from, int to) {}

  /**
   * The quote's pieces (split at the omissions its ellipses mark) found word for word and in order
   * in the provision, each as early as it can be; the words left out between them are deletions.
   * Empty unless every piece is found and no omission leaves out a negation.
   */
  static Optional<Alignment> inPieces(List<List<Word>> pieces, List<Word> provision) {
    List<DiffOp> ops = new ArrayList<>();
    Set<String> forgiven = new LinkedHashSet<>();
    int from = 0;
    for (List<Word> written : pieces) {
      List<Word> piece = CompoundFitter.fit(written, provision);
      int at = indexOf(provision, piece, from);
      if (at < 0) {
        return Optional.empty();
      }
      if (!ops.isEmpty() && at > from) {
        List<Word> left = provision.subList(from, at);
        if (left.stream().anyMatch(w -> NEGATIONS.contains(w.canon()))) {
          return Optional.empty(); // "shall [not] be detained": no ellipsis forgives that
        }
        add(ops, "delete", left);
      }
      forgive(piece, provision, at, forgiven);
      add(ops, "equal", piece);
      from = at + piece.size();
    }
    return Optional.of(new Alignment(1.0, forgiven.isEmpty(), true, forgiven, List.copyOf(ops)));
  }

  /**
   * Adds what separates each quoted word from the provision's word it stands for at {@code at}, and
   * "punctuation" when the stops between two quoted words are not the provision's ("shall, as
   * appropriate, consider" for "shall as appropriate consider"). What follows the quote's last word
   * is the quoting sentence's own.
   */
  private static void forgive(
      List<Word> quoted, List<Word> provision, int at, Set<String> forgiven) {
    for (int n = 0; n < quoted.size(); n++) {
      String d = QuoteWords.difference(quoted.get(n).raw(), provision.get(at + n).raw());
      if (d != null) {
        forgiven.add(d);
      }
      String stops = quoted.get(n).after();
      String held = provision.get(at + n).after();
      if (n < quoted.size() - 1 && stops != null && held != null && !stops.equals(held)) {
        forgiven.add("punctuation");
      }
    }
  }

  /** Appends an operation, or its words to the last one when it is of the same kind. */
  private static void add(List<DiffOp> ops, String op, List<Word> words) {
    if (words.isEmpty()) {
      return;
    }
    DiffOp last = ops.isEmpty() ? null : ops.get(ops.size() - 1);
    if (last != null && last.op().equals(op)) {
      ops.set(ops.size() - 1, new DiffOp(op, last.text() + " " + join(words)));
    } else {
      ops.add(new DiffOp(op, join(words)));
    }
  }

  private static String join(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.raw());
    }
    return b.toString();
  }

  private static int indexOf(List<Word> hay, List<Word> needle) {
    return indexOf(hay, needle, 0);
  }

  private static int indexOf(List<Word> hay, List<Word> needle, int from) {
    outer:
    for (int i = from; i + needle.size() <= hay.size(); i++) {
      for (int j = 0; j < needle.size(); j++) {
        if (!hay.get(i + j).canon().equals(needle.get(j).canon())) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The slice of the provision to diff against: the quote-sized window sharing most words with the
   * quote, widened by a margin so dropped or inserted words still align.
   */
  private static int[] window(List<Word> quote, List<Word> provision) {
    int size = Math.min(quote.size(), provision.size());
    Map<String, Integer> need = new HashMap<>();
    quote.forEach(w -> need.merge(w.canon(), 1, Integer::sum));
    Map<String, Integer> have = new HashMap<>();
    int overlap = 0;
    int best = 0;
    int bestAt = 0;
    for (int i = 0; i < provision.size(); i++) {
      String in = provision.get(i).canon();
      int had = have.merge(in, 1, Integer::sum);
      if (had <= need.getOrDefault(in, 0)) {
        overlap++;
      }
      if (i >= size) {
        String out = provision.get(i - size).canon();
        int left = have.merge(out, -1, Integer::sum);
        if (left < need.getOrDefault(out, 0)) {
          overlap--;
        }
      }
      if (overlap > best) {
        best = overlap;
        bestAt = Math.max(0, i - size + 1);
      }
    }
    int margin = Math.max(3, quote.size() / 4);
    return new int[] {
      Math.max(0, bestAt - margin), Math.min(provision.size(), bestAt + size + margin), best
    };
  }
}
