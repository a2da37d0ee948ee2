package org.precedent.cite;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
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

  static Alignment align(List<Word> quote, List<Word> provision) {
    if (quote.isEmpty() || provision.isEmpty()) {
      return new Alignment(0, false, false, Set.of(), List.of());
    }
    int at = indexOf(provision, quote);
    if (at >= 0) {
      Set<String> forgiven = new LinkedHashSet<>();
      forgive(quote, provision, at, forgiven);
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
    int windowWords = 0;
    for (DiffOp op : diffed.ops()) {
      if (!op.op().equals("insert")) {
        windowWords += op.text().split(" ").length;
      }
    }
    double similarity = 2.0 * diffed.equal() / (quote.size() + Math.max(windowWords, 1));
    return new Alignment(Math.min(similarity, 1.0), false, false, Set.of(), diffed.ops());
  }

  /** A word diff of the quote against a slice of the provision, and its equal words. */
  private record Diffed(List<DiffOp> ops, int equal) {
    /** Whether the diff starts or ends with quote words where the slice could go further. */
    boolean cutShort(int from, int to, int size) {
      return !ops.isEmpty()
          && ((from > 0 && ops.get(0).op().equals("insert"))
              || (to < size && ops.get(ops.size() - 1).op().equals("insert")));
    }
  }

  private static Diffed diff(List<Word> quote, List<Word> provision, int from, int to) {
    List<Word> part = provision.subList(from, to);
    List<String> a = part.stream().map(Word::canon).toList();
    List<String> b = quote.stream().map(Word::canon).toList();
    List<DiffOp> ops = new ArrayList<>();
    int pa = 0;
    int equal = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      int at = delta.getSource().getPosition();
      if (at > pa) {
        add(ops, "equal", part.subList(pa, at));
        equal += at - pa;
      }
      if (delta.getType() == DeltaType.DELETE || delta.getType() == DeltaType.CHANGE) {
        add(ops, "delete", part.subList(at, at + delta.getSource().size()));
      }
      if (delta.getType() == DeltaType.INSERT || delta.getType() == DeltaType.CHANGE) {
        int q = delta.getTarget().getPosition();
        add(ops, "insert", quote.subList(q, q + delta.getTarget().size()));
      }
      pa = at + delta.getSource().size();
    }
    if (pa < part.size()) {
      add(ops, "equal", part.subList(pa, part.size()));
      equal += part.size() - pa;
    }
    return new Diffed(trim(ops), equal);
  }

  /**
   * The quote's pieces (split at the omissions its ellipses mark) found word for word and in order
   * in the provision, each as early as it can be; the words left out between them are deletions.
   * Empty unless every piece is found and no omission leaves out a negation.
   */
  static Optional<Alignment> inPieces(List<List<Word>> pieces, List<Word> provision) {
    List<DiffOp> ops = new ArrayList<>();
    Set<String> forgiven = new LinkedHashSet<>();
    int from = 0;
    for (List<Word> piece : pieces) {
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

  /** Adds what separates each quoted word from the provision's word it stands for at {@code at}. */
  private static void forgive(
      List<Word> quoted, List<Word> provision, int at, Set<String> forgiven) {
    for (int n = 0; n < quoted.size(); n++) {
      String d = QuoteWords.difference(quoted.get(n).raw(), provision.get(at + n).raw());
      if (d != null) {
        forgiven.add(d);
      }
    }
  }

  /** Provision words before the quote's first and after its last matched word are not diffs. */
  private static List<DiffOp> trim(List<DiffOp> ops) {
    int from = 0;
    int to = ops.size();
    while (from < to && ops.get(from).op().equals("delete")) {
      from++;
    }
    while (to > from && ops.get(to - 1).op().equals("delete")) {
      to--;
    }
    return List.copyOf(ops.subList(from, to));
  }

  private static void add(List<DiffOp> ops, String op, List<Word> words) {
    if (!words.isEmpty()) {
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
