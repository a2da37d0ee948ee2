package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Words an ellipsis leaves out that are one term of a coordinated pair: "especially women ... that
 * leads" leaves out "and children". The quote is still the provision's words, as marked, but it
 * narrows what the provision covers, which a reader checking agreed language must be told. (An
 * omission holding a negation is no such warning: it makes the quote differ.)
 */
final class ConjunctOmissions {
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  /** At most this many words make a pair of terms, not a clause. */
  private static final int SHORT = 4;

  /**
   * Words that open a clause, not a noun group: after "and" or "or" they join a clause to the
   * sentence ("or where they were compelled"), not a term to the one quoted.
   */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "unless",
          "whether", "shall", "should", "may", "must", "will", "would", "can", "could", "is", "are",
          "was", "were", "be");

  private ConjunctOmissions() {}

  /**
   * A warning naming each omission of a diff that opens with "and"/"or" and a noun group ("and
   * children") or ends with a term and "and"/"or" ("women and" before "children"); empty when there
   * is none.
   */
  static Optional<String> warning(List<DiffOp> diff) {
    List<String> found = new ArrayList<>();
    for (int i = 1; i + 1 < diff.size(); i++) {
      DiffOp op = diff.get(i);
      if (!op.op().equals("delete")) {
        continue;
      }
      List<String> words = List.of(op.text().split(" "));
      if (words.size() >= 2
          && (opensOnAConjunct(words) || endsOnAConjunction(words) || isAPair(words))) {
        found.add("\"" + op.text() + "\" (after \"" + lastWord(diff.get(i - 1)) + "\")");
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "the words are the provision's, but the ellipsis leaves out "
            + String.join(" and ", found)
            + ", coordinated with the words quoted: the quote narrows what the provision says");
  }

  private static boolean opensOnAConjunct(List<String> words) {
    return CONJUNCTIONS.contains(lower(words.get(0)))
        && !CLAUSE_OPENERS.contains(lower(words.get(1)));
  }

  /**
   * A few words joined by "and" or "or" ("charged or prosecuted" of "detained, charged or
   * prosecuted"): terms of the list the quote is taken from. A longer omission holding one is a
   * clause left out whole ("such as educational, social or cultural measures, ...").
   */
  private static boolean isAPair(List<String> words) {
    if (words.size() > SHORT) {
      return false;
    }
    for (int i = 1; i + 1 < words.size(); i++) {
      if (CONJUNCTIONS.contains(lower(words.get(i)))
          && !CLAUSE_OPENERS.contains(lower(words.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsOnAConjunction(List<String> words) {
    return CONJUNCTIONS.contains(lower(words.get(words.size() - 1)));
  }

  private static String lastWord(DiffOp op) {
    return op.text().substring(op.text().lastIndexOf(' ') + 1);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
