package org.precedent.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Items of an enumeration the draft leaves out: "shall not be detained or prosecuted" for Principle
 * 7's "detained, charged or prosecuted" no longer protects against being charged, and a definition
 * without one of its means no longer covers it. The word diff shows the dropped word; this says
 * what dropping it does. An item is a run of words set off by a comma on one side and by a comma or
 * the list's "or"/"and" on the other.
 */
final class ListItems {
  /** Longest run read as one item ("the abuse of power", "of abduction"). */
  private static final int MAX_ITEM_WORDS = 4;

  private static final Set<String> CONJUNCTIONS = Set.of("or", "and");

  /** First words of a phrase that is not an item of the list it stands in. */
  private static final Set<String> OPENERS =
      Set.of("including", "especially", "particularly", "notably", "inter", "such", "where", "as");

  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "to", "for");

  /**
   * Words that end the last item of a list a draft stops before: what follows them qualifies the
   * whole list ("prosecuted and punished in accordance with that law"), it is no item.
   */
  private static final Set<String> AFTER_LAST_ITEM =
      Set.of(
          "of", "the", "a", "an", "to", "for", "in", "with", "by", "on", "at", "from", "under",
          "within", "as", "that", "which", "who", "where", "when");

  /**
   * Words opening an exception before the list: an item dropped from what is excepted widens what
   * the provision covers.
   */
  private static final Set<String> EXCEPTIONS = Set.of("except", "unless", "excluding");

  private ListItems() {}

  /**
   * The items dropped from lists in the aligned part of the provision, whose tokens {@code
   * spanStart} on are the diff's precedent side. Words that {@code weighed} says carry weight of
   * their own (", where appropriate,"), and words of {@code reported} changes, are said as such,
   * not as items.
   */
  static List<WeightChange> dropped(
      String provisionText,
      List<Token> provision,
      int spanStart,
      List<Token> segment,
      List<WordDiff.Change> changes,
      List<WeightChange> reported,
      Predicate<List<Token>> weighed) {
    List<WeightChange> out = new ArrayList<>();
    for (WordDiff.Change c : changes) {
      int from = spanStart + c.from();
      int to = spanStart + c.fromEnd();
      if (c.to() != c.toEnd() || to - from > MAX_ITEM_WORDS + 1 || from == 0) {
        continue;
      }
      // A diff may place a run one word off where the words repeat: "of abduction, of fraud, of
      // deception" less "of fraud" reads as "fraud, of" dropped. Slid back over such repeats,
      // the same deletion lines up with the item.
      while (to < provision.size()
          && !isItem(provisionText, provision, from, to)
          && from > 1
          && norm(provision, from - 1).equals(norm(provision, to - 1))) {
        from--;
        to--;
      }
      if (to >= provision.size() || !isItem(provisionText, provision, from, to)) {
        continue;
      }
      boolean last = CONJUNCTIONS.contains(norm(provision, from));
      int itemFrom = last ? from + 1 : from;
      int itemTo = CONJUNCTIONS.contains(norm(provision, to - 1)) ? to - 1 : to;
      if (itemTo <= itemFrom) {
        continue; // conjunctions only ("or and" in OCR debris): no item
      }
      String item =
          provisionText.substring(provision.get(itemFrom).start(), provision.get(itemTo - 1).end());
      List<Token> words = provision.subList(itemFrom, itemTo);
      if (!plainItem(words, item)
          || weighed.test(words)
          || repeated(provision, itemFrom, itemTo)
          || reported.stream().anyMatch(w -> !w.from().isEmpty() && contains(item, w.from()))) {
        continue;
      }
      int listFrom = widened(provision, from - 1, -1);
      if (last && listFrom > 0 && separator(provisionText, provision, listFrom).contains(",")) {
        listFrom = widened(provision, listFrom - 1, -1); // "detained, charged or [prosecuted]"
      }
      int listEnd = last ? to : CONJUNCTIONS.contains(norm(provision, to)) ? to + 2 : to + 1;
      listEnd = Math.min(provision.size(), last ? listEnd : widened(provision, listEnd - 1, 1) + 1);
      String list =
          provisionText.substring(
              provision.get(listFrom).start(), provision.get(listEnd - 1).end());
      String effect = excepted(provision, from) ? "broadens" : "narrows";
      String dropped = item;
      Optional<WordDiff.Change> moved =
          movedTo(changes, c, segment, words, listFrom - spanStart, listEnd - spanStart);
      if (moved.isPresent()) {
        // The draft puts the item where another stood, and that one is what it drops:
        // "detained or charged" for "detained, charged or prosecuted" drops 'prosecuted'.
        WordDiff.Change m = moved.get();
        int rFrom = spanStart + m.from();
        int rTo = spanStart + m.fromEnd();
        while (rFrom < rTo && CONJUNCTIONS.contains(norm(provision, rFrom))) {
          rFrom++;
        }
        while (rTo > rFrom && CONJUNCTIONS.contains(norm(provision, rTo - 1))) {
          rTo--;
        }
        if (rFrom >= rTo || rFrom < listFrom || rTo > listEnd) {
          continue; // only moved: the list keeps its items
        }
        dropped = text(provisionText, provision, rFrom, rTo);
      }
      out.add(
          new WeightChange(
              list,
              draftSide(segment, c.to(), last ? 0 : listEnd - to),
              effect + ": drops '" + dropped + "' from '" + list + "'"));
    }
    return out;
  }

  /**
   * The items of a list the draft stops before: "Trafficked persons shall not be detained." ends
   * where Principle 7 goes on ", charged or prosecuted", every word of it agreed, and was agreed
   * language, though it no longer protects against being charged or prosecuted. {@code spanEnd} is
   * where the aligned part of the provision ends; the draft must end there too (its last word is
   * the provision's word before {@code spanEnd}). The list goes on with items of a few words set
   * off by commas, the last after the list's "or" or "and". Empty when the provision does not go on
   * so.
   */
  static Optional<WeightChange> cutOff(
      String provisionText, List<Token> provision, int spanEnd, List<Token> segment) {
    int n = provision.size();
    if (!ClosingCondition.stopsBefore(provision, spanEnd, segment)) {
      return Optional.empty();
    }
    String gap = separator(provisionText, provision, spanEnd).strip();
    if (!gap.equals(",") && !(gap.isEmpty() && CONJUNCTIONS.contains(norm(provision, spanEnd)))) {
      return Optional.empty();
    }
    // The items before the list's conjunction, each a few words set off by commas.
    int k = spanEnd;
    while (!CONJUNCTIONS.contains(norm(provision, k))) {
      int end = k + 1;
      while (end < n
          && end - k < MAX_ITEM_WORDS
          && !CONJUNCTIONS.contains(norm(provision, end))
          && separator(provisionText, provision, end).isBlank()) {
        end++;
      }
      if (end >= n
          || !plainItem(provision.subList(k, end), text(provisionText, provision, k, end))) {
        return Optional.empty();
      }
      String after = separator(provisionText, provision, end).strip();
      boolean next =
          after.equals(",") || (after.isEmpty() && CONJUNCTIONS.contains(norm(provision, end)));
      if (!next) {
        return Optional.empty();
      }
      k = end;
    }
    // The last item, after the conjunction: up to a function word or preposition, a punctuation
    // mark or a few words.
    int last = k + 1;
    while (last < n
        && last - k <= MAX_ITEM_WORDS
        && separator(provisionText, provision, last).isBlank()
        && !(last > k + 1 && AFTER_LAST_ITEM.contains(norm(provision, last)))) {
      last++;
    }
    if (last == k + 1) {
      return Optional.empty();
    }
    String tail = text(provisionText, provision, spanEnd, last);
    String before = provision.get(spanEnd - 1).surface();
    return Optional.of(
        new WeightChange(tail, "", "narrows: drops '" + tail + "' after '" + before + "'"));
  }

  private static String text(String provisionText, List<Token> provision, int from, int to) {
    return provisionText.substring(provision.get(from).start(), provision.get(to - 1).end());
  }

  /**
   * Whether provision words [from, to) are an item: a comma before them, and after them a comma or
   * the list's conjunction; or, ending on the conjunction themselves ("charged or"), a comma
   * before; or, the last item with its conjunction ("or prosecuted"), a comma before the item
   * before.
   */
  private static boolean isItem(String text, List<Token> tokens, int from, int to) {
    String after = separator(text, tokens, to);
    if (after.contains(";") || after.contains(".")) {
      return false;
    }
    if (CONJUNCTIONS.contains(norm(tokens, from))) {
      return to - from >= 2
          && to - from <= MAX_ITEM_WORDS + 1
          && from >= 2
          && separator(text, tokens, from - 1).contains(",")
          && !after.contains(",");
    }
    if (!separator(text, tokens, from).contains(",")) {
      return false;
    }
    if (CONJUNCTIONS.contains(norm(tokens, to - 1))) {
      return to - from >= 2;
    }
    return to - from <= MAX_ITEM_WORDS
        && (after.contains(",") || CONJUNCTIONS.contains(norm(tokens, to)));
  }

  /**
   * Not an item of substance: part of a long name ("to Prevent, Suppress and Punish", "Sale of
   * Children, Child Prostitution and Child Pornography": every word capitalised), a reference
   * ("subparagraph (a)"), or a phrase opening an example or a condition ("including the media",
   * "especially women").
   */
  private static boolean plainItem(List<Token> words, String text) {
    String first = words.get(0).norm();
    return words.stream().noneMatch(Token::boilerplate)
        && !words.stream().allMatch(w -> Character.isUpperCase(w.surface().charAt(0)))
        && text.chars().noneMatch(ch -> Character.isDigit(ch) || ch == '(' || ch == ')')
        && !OPENERS.contains(first)
        && !(first.equals("in") && words.size() > 1 && words.get(1).norm().equals("particular"));
  }

  /**
   * The other change of the diff, within the list's words [listFrom, listEnd) of the diff's
   * precedent side, whose draft words hold the item's: "detained or charged" for "detained, charged
   * or prosecuted" moves 'charged' after the conjunction, and a diff of words reads that as
   * 'charged' dropped and 'prosecuted' replaced by 'charged'. The item's words elsewhere in the
   * draft ("with regional bodies" after the list) do not keep it in the list.
   */
  private static Optional<WordDiff.Change> movedTo(
      List<WordDiff.Change> changes,
      WordDiff.Change deletion,
      List<Token> segment,
      List<Token> item,
      int listFrom,
      int listEnd) {
    for (WordDiff.Change o : changes) {
      if (o == deletion
          || o.toEnd() - o.to() < item.size()
          || o.from() < listFrom
          || o.fromEnd() > listEnd) {
        continue;
      }
      for (int i = o.to(); i + item.size() <= o.toEnd(); i++) {
        if (same(item, 0, segment, i, item.size())) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  /** The item's words stand again just before or after it ("regional, regional and ..."). */
  private static boolean repeated(List<Token> tokens, int from, int to) {
    int n = to - from;
    return same(tokens, from, from - n - 1, n)
        || same(tokens, from, to, n)
        || same(tokens, from, from - n, n);
  }

  private static boolean same(List<Token> tokens, int a, int b, int n) {
    return same(tokens, a, tokens, b, n);
  }

  /** Whether {@code n} words of {@code x} from {@code a} are those of {@code y} from {@code b}. */
  private static boolean same(List<Token> x, int a, List<Token> y, int b, int n) {
    if (b < 0 || b + n > y.size()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (!x.get(a + k).norm().equals(y.get(b + k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** The text between token {@code i} and the one before it. */
  private static String separator(String text, List<Token> tokens, int i) {
    return text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
  }

  /**
   * Token {@code i} moved one token in direction {@code step} over a function word joined to it, so
   * that the context shows whole items ("of abduction", "of deception").
   */
  private static int widened(List<Token> tokens, int i, int step) {
    int next = i + step;
    boolean joined =
        next >= 0
            && next < tokens.size()
            && FUNCTION_WORDS.contains(norm(tokens, step < 0 ? next : i));
    return joined ? next : i;
  }

  /** An exception word in the sentence before the item. */
  private static boolean excepted(List<Token> tokens, int item) {
    for (int i = item - 1; i >= 0 && i >= item - 12; i--) {
      if (EXCEPTIONS.contains(norm(tokens, i))) {
        return true;
      }
    }
    return false;
  }

  /** The draft's words where the list now stands: the word before the gap and those after it. */
  private static String draftSide(List<Token> segment, int at, int after) {
    List<String> words = new ArrayList<>();
    for (int i = Math.max(0, at - 1); i < Math.min(segment.size(), at + after); i++) {
      words.add(segment.get(i).surface());
    }
    return String.join(" ", words);
  }

  private static String norm(List<Token> tokens, int i) {
    return i < tokens.size() ? tokens.get(i).norm() : "";
  }

  private static boolean contains(String text, String words) {
    return text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
  }
}
