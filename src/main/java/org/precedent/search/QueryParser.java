package org.precedent.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query language, parsed by hand because Lucene's classic parser has no NEAR. Precedence,
 * tightest first: {@code NEAR/n} and {@code ONEAR/n}, then {@code NOT}, then {@code AND} (also
 * implied between adjacent clauses), then {@code OR}. Curly quotes count as quotes, since queries
 * are often pasted from documents.
 */
public final class QueryParser {
  /** Metadata fields a query may name. */
  public static final Set<String> FIELDS =
      Set.of("instrument", "status", "kind", "body", "language", "concept");

  /** Largest NEAR distance: beyond it the words are not "near" in any useful sense. */
  public static final int MAX_DISTANCE = 50;

  /** Longest stem before a trailing *: longer than any word of the corpus's languages. */
  public static final int MAX_WILDCARD_STEM = 60;

  private final List<QueryLexer.Token> tokens;
  private int at;

  private QueryParser(List<QueryLexer.Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code q}; a {@link QueryException} says what to fix. */
  public static QueryNode parse(String q) {
    QueryParser parser = new QueryParser(QueryLexer.tokenize(q));
    if (parser.tokens.isEmpty()) {
      throw new QueryException("the query is empty", "type some words, e.g. trafficking");
    }
    QueryNode node = parser.or();
    if (parser.at < parser.tokens.size()) {
      QueryLexer.Token extra = parser.tokens.get(parser.at);
      if (extra.kind() == QueryLexer.Kind.RPAREN) {
        throw new QueryException("unbalanced parentheses: ')' without a matching '('", ")");
      }
      throw new QueryException("unexpected '" + extra.text() + "'", extra.text());
    }
    if (node instanceof QueryNode.Not || onlyNegative(node)) {
      throw new QueryException(
          "NOT needs something to exclude from", "e.g. trafficking NOT smuggling");
    }
    return node;
  }

  private static boolean onlyNegative(QueryNode node) {
    return node instanceof QueryNode.And and
        && and.clauses().stream().allMatch(c -> c instanceof QueryNode.Not);
  }

  private QueryNode or() {
    List<QueryNode> clauses = new ArrayList<>(List.of(and()));
    while (peek(QueryLexer.Kind.OR)) {
      at++;
      requireOperand("OR");
      clauses.add(and());
    }
    return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
  }

  private QueryNode and() {
    List<QueryNode> clauses = new ArrayList<>(List.of(unary()));
    while (true) {
      if (peek(QueryLexer.Kind.AND)) {
        at++;
        requireOperand("AND");
        clauses.add(unary());
      } else if (startsOperand()) {
        clauses.add(unary());
      } else {
        break;
      }
    }
    return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
  }

  private QueryNode unary() {
    if (peek(QueryLexer.Kind.NOT)) {
      at++;
      requireOperand("NOT");
      return new QueryNode.Not(unary());
    }
    QueryNode left = primary();
    while (peek(QueryLexer.Kind.NEAR)) {
      QueryLexer.Token near = tokens.get(at++);
      requireOperand(near.text());
      left = new QueryNode.Near(left, primary(), near.distance(), near.ordered());
    }
    return left;
  }

  private QueryNode primary() {
    if (at >= tokens.size()) {
      throw new QueryException("the query ends too early", "add a word after the last operator");
    }
    QueryLexer.Token token = tokens.get(at++);
    return switch (token.kind()) {
      case LPAREN -> {
        if (peek(QueryLexer.Kind.RPAREN)) {
          throw new QueryException("empty parentheses () match nothing", "put words inside them");
        }
        QueryNode inner = or();
        if (!peek(QueryLexer.Kind.RPAREN)) {
          throw new QueryException("unbalanced parentheses: a '(' is never closed", "(");
        }
        at++;
        yield inner;
      }
      case PHRASE -> phrase(token.text());
      case FIELD -> new QueryNode.FieldValue(token.field(), token.text());
      case WORD -> word(token.text());
      case RPAREN ->
          throw new QueryException("unbalanced parentheses: ')' without a matching '('", ")");
      default ->
          throw new QueryException(
              "'" + token.text() + "' needs a word before it", "e.g. trafficking " + token.text());
    };
  }

  /** A phrase; a wildcard in it follows the rules of one outside quotes ({@link #word}). */
  private static QueryNode phrase(String text) {
    for (String word : text.split(" ")) {
      if (word.indexOf('*') >= 0) {
        word(word);
      }
    }
    return new QueryNode.Phrase(text);
  }

  private static QueryNode word(String text) {
    int star = text.indexOf('*');
    if (star < 0) {
      return new QueryNode.Word(text, false);
    }
    String stem = text.replaceAll("\\*+$", "");
    if (stem.isEmpty()) {
      throw new QueryException(
          "a wildcard alone would match everything",
          "put at least 3 letters before *, e.g. vulnerab*");
    }
    if (stem.contains("*")) {
      throw new QueryException("only a trailing * is supported", text);
    }
    // The letters a prefix has are those after a hyphen, when one stands in it: "non-pu*"
    // expands "pu" (the text is read as "non" then a word in "pu").
    String expanded = stem.replaceAll("^.*[^\\p{L}\\p{N}]", "");
    if (expanded.codePointCount(0, expanded.length()) < 3) {
      throw new QueryException(
          "a wildcard needs at least 3 letters before *", text + " (e.g. vulnerab*)");
    }
    if (stem.codePointCount(0, stem.length()) > MAX_WILDCARD_STEM) {
      // Lucene compiles a prefix into an automaton with a state per byte and refuses long ones.
      throw new QueryException(
          "a wildcard can follow at most " + MAX_WILDCARD_STEM + " letters",
          text.substring(0, Math.min(text.length(), 80)) + "…");
    }
    return new QueryNode.Word(stem, true);
  }

  private boolean peek(QueryLexer.Kind kind) {
    return at < tokens.size() && tokens.get(at).kind() == kind;
  }

  private boolean startsOperand() {
    return peek(QueryLexer.Kind.WORD)
        || peek(QueryLexer.Kind.PHRASE)
        || peek(QueryLexer.Kind.FIELD)
        || peek(QueryLexer.Kind.LPAREN)
        || peek(QueryLexer.Kind.NOT);
  }

  private void requireOperand(String operator) {
    if (!startsOperand()) {
      throw new QueryException(
          operator + " needs a word, phrase or group after it",
          "e.g. trafficking " + operator + " smuggling");
    }
  }
}
