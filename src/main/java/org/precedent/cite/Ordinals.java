package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ordinal that counts a unit ("the fourth preambular paragraph") at a token: one word
 * ("fourth", "cuarto", "quatrième"), a ten and a unit ("twenty-first", "vigésimo primer", "vingt et
 * unième", "soixante-dix-septième"), or a number with an ordinal ending ("4th", "21st", "4.º",
 * "4e"). A unit's word read alone where it ends a longer number would count the wrong paragraph:
 * "twenty-first" is not the first, so such a word is never read alone.
 */
final class Ordinals {
  /** Below this, an ordinal word can follow a ten: "soixante et onzième" is 71. */
  private static final int UNITS = 20;

  /** Numbers a paragraph is counted by; a larger one is a year or a reference number. */
  private static final int MAX_NUMBER = 999;

  /** The number an ordinal says and the index of the token after it. */
  record Ordinal(int value, int next) {}

  private final CitationGrammar grammar;
  private final Tokens t;

  Ordinals(CitationGrammar grammar, Tokens tokens) {
    this.grammar = grammar;
    this.t = tokens;
  }

  /** The ordinal starting at token {@code i}, or null. */
  Ordinal at(int i) {
    Token tok = t.get(i);
    if (tok.isNumber()) {
      return numbered(i);
    }
    if (!tok.isWord()) {
      return null;
    }
    // One lookup: the finder asks this at every word that may begin a citation ("the", names).
    GrammarWord word = grammar.word(tok);
    if (word.tens() > 0) {
      int unit = unitAfterTen(i);
      if (unit > 0) {
        return new Ordinal(word.tens() + grammar.ordinal(t.get(unit)), unit + 1);
      }
    }
    int value = word.ordinal();
    return value > 0 && !endsNumber(i) ? new Ordinal(value, i + 1) : null;
  }

  /**
   * {@code first} and the ordinals listed after it: "the third and fourth", "primero, segundo y
   * cuarto", "le premier et le deuxième". Bounded by {@link StructureReader#MAX_ITEMS}.
   */
  List<Ordinal> list(Ordinal first) {
    List<Ordinal> list = new ArrayList<>(List.of(first));
    while (list.size() < StructureReader.MAX_ITEMS) {
      int k = list.get(list.size() - 1).next();
      int j = t.get(k).isPunct(',') ? k + 1 : k;
      if (grammar.isAnd(t.get(j))) {
        j++;
      }
      if (j == k) {
        break;
      }
      Ordinal next = at(grammar.isDeterminer(t.get(j)) ? j + 1 : j);
      if (next == null) {
        break;
      }
      list.add(next);
    }
    return list;
  }

  /**
   * Whether token {@code i} is a number with an ordinal ending glued on; cheaper than {@link #at},
   * for the finder to ask of every number.
   */
  boolean numberedAt(int i) {
    return t.get(i).isNumber() && numbered(i) != null;
  }

  /** "4th", "4.º", "1er": the number at {@code i} with its ending, or null. */
  private Ordinal numbered(int i) {
    // Told from the offsets first: most numbers have a space after them ("paragraph 3", "in
    // 2010"), and making the tokens after each one to see so cost 2-3% of a citation pass.
    if (!t.gluedToNext(i)) {
      return null;
    }
    Token number = t.get(i);
    int k = i + 1;
    if (t.get(k).isPunct('.') && glued(number, t.get(k))) {
      k++; // the Spanish "4.º"
    }
    Token suffix = t.get(k);
    if (!glued(t.get(k - 1), suffix) || !grammar.isOrdinalSuffix(suffix)) {
      return null;
    }
    String digits = number.text();
    if (digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int value = Integer.parseInt(digits);
    return value > 0 && value <= MAX_NUMBER ? new Ordinal(value, k + 1) : null;
  }

  /**
   * After the ten at {@code i}: the index of the ordinal word below twenty that completes it,
   * joined by a hyphen, a space or a joiner ("vingt et unième", "vingt-et-unième"), or -1.
   */
  private int unitAfterTen(int i) {
    int k = i + 1;
    if (t.get(k).isHyphen() && glued(t.get(k - 1), t.get(k))) {
      k++;
    }
    if (grammar.isOrdinalJoiner(t.get(k))) {
      k++;
      if (t.get(k).isHyphen() && glued(t.get(k - 1), t.get(k))) {
        k++;
      }
    }
    int value = grammar.ordinal(t.get(k));
    boolean joined = !t.get(k - 1).isHyphen() || glued(t.get(k - 1), t.get(k));
    return value > 0 && value < UNITS && joined ? k : -1;
  }

  /**
   * Whether the ordinal word at {@code i} ends a number written before it: glued by a hyphen to any
   * word ("cent-unième", a number the grammar does not know), or after a ten.
   */
  private boolean endsNumber(int i) {
    Token before = t.get(i - 1);
    if (before.isHyphen() && glued(before, t.get(i)) && glued(t.get(i - 2), before)) {
      return t.get(i - 2).isWord();
    }
    int j = grammar.isOrdinalJoiner(before) ? i - 2 : i - 1;
    return grammar.tens(t.get(j)) > 0;
  }

  private static boolean glued(Token first, Token second) {
    return first.end() == second.start();
  }
}
