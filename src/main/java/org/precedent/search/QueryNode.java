package org.precedent.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed query, independent of analysis: the same tree compiles to stemmed or exact Lucene
 * queries. {@link #toString()} is the canonical form echoed back as "parsed".
 */
public sealed interface QueryNode {

  /**
   * The values {@code node} asks of metadata {@code field} ({@code language:fr}), outside NOT: what
   * it filters on, as a request's parameters do.
   */
  static List<String> values(QueryNode node, String field) {
    if (node instanceof FieldValue f) {
      return f.field().equals(field) ? List.of(f.value()) : List.of();
    } else if (node instanceof Near n) {
      return java.util.stream.Stream.concat(
              values(n.left(), field).stream(), values(n.right(), field).stream())
          .toList();
    }
    List<QueryNode> clauses =
        node instanceof And a ? a.clauses() : node instanceof Or o ? o.clauses() : List.of();
    return clauses.stream().flatMap(c -> values(c, field).stream()).toList();
  }

  /** Whether {@code node} holds a quoted phrase anywhere. */
  static boolean quotes(QueryNode node) {
    if (node instanceof Phrase) {
      return true;
    } else if (node instanceof Near n) {
      return quotes(n.left()) || quotes(n.right());
    } else if (node instanceof And a) {
      return a.clauses().stream().anyMatch(QueryNode::quotes);
    } else if (node instanceof Or o) {
      return o.clauses().stream().anyMatch(QueryNode::quotes);
    } else if (node instanceof Not n) {
      return quotes(n.clause());
    }
    return false;
  }

  /** A bare word; {@code prefix} when it ended with {@code *}. */
  record Word(String text, boolean prefix) implements QueryNode {
    @Override
    public String toString() {
      return prefix ? text + "*" : text;
    }
  }

  /** Words in this order, adjacent (stopwords keep their place). */
  record Phrase(String text) implements QueryNode {
    @Override
    public String toString() {
      return "\"" + text + "\"";
    }
  }

  /** {@code field:value} on a metadata field. */
  record FieldValue(String field, String value) implements QueryNode {
    @Override
    public String toString() {
      return field + ":" + (value.contains(" ") ? "\"" + value + "\"" : value);
    }
  }

  /** Both sides within {@code distance} words; {@code ordered} when left must come first. */
  record Near(QueryNode left, QueryNode right, int distance, boolean ordered) implements QueryNode {
    @Override
    public String toString() {
      return "(" + left + (ordered ? " ONEAR/" : " NEAR/") + distance + " " + right + ")";
    }
  }

  /** Every clause must match (NOT clauses must not). */
  record And(List<QueryNode> clauses) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
    }

    @Override
    public String toString() {
      return clauses.stream().map(Object::toString).collect(Collectors.joining(" AND ", "(", ")"));
    }
  }

  /** At least one clause must match. */
  record Or(List<QueryNode> clauses) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
    }

    @Override
    public String toString() {
      return clauses.stream().map(Object::toString).collect(Collectors.joining(" OR ", "(", ")"));
    }
  }

  /** Excluded inside an {@link And}. */
  record Not(QueryNode clause) implements QueryNode {
    @Override
    public String toString() {
      return "NOT " + clause;
    }
  }
}
