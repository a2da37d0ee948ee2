package org.precedent.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query language, parsed by hand because Lucene's classic parser has no NEAR. Precedence,
 * tightest first: {@code NEAR/n} and {@code ONEAR/n}, then {@code NOT}, then {@code AND} (also
 * implied between adjacent clauses), then {@code OR}. Curly quotes count as quotes, since queries
 * are often pasted from documents.
 */
public final class QueryParser {
  /** Metadata fields a query may name. */
  public static final Set<String> FIELDS =
      Set.of("instrument", "status", "kind", "body", "language");

  /** Largest NEAR distance: beyond it the words are not "near" in any useful sense. */
  public static final int MAX_DISTANCE = 50;

  private static final Pattern NEAR = Pattern.compile("(O?NEAR)(?:/(\\d+))?");
  private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):(.*)", Pattern.DOTALL);

  private enum Kind {
    LPAREN,
    RPAREN,
    AND,
    OR,
    NOT,
    NEAR,
    PHRASE,
    FIELD,
    WORD
  }

  private record Token(Kind kind, String text, String field, int distance, boolean ordered) {
    static Token of(Kind kind, String text) {
      return new Token(kind, text, null, 0, false);
    }
  }

  private final List<Token> tokens;
  private int at;

  private QueryParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code q}; a {@link QueryException} says what to fix. */
  public static QueryNode parse(String q) {
    QueryParser parser = new QueryParser(tokenize(q));
    if (parser.tokens.isEmpty()) {
      throw new QueryException("the query is empty", "type some words, e.g. trafficking");
    }
    QueryNode node = parser.or();
    if (parser.at < parser.tokens.size()) {
      Token extra = parser.tokens.get(parser.at);
      if (extra.kind == Kind.RPAREN) {
        throw new QueryException("unbalanced parentheses: ')' without a matching '('", ")");
      }
      throw new QueryException("unexpected '" + extra.text + "'", extra.text);
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
    while (peek(Kind.OR)) {
      at++;
      requireOperand("OR");
      clauses.add(and());
    }
    return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
  }

  private QueryNode and() {
    List<QueryNode> clauses = new ArrayList<>(List.of(unary()));
    while (true) {
      if (peek(Kind.AND)) {
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
    if (peek(Kind.NOT)) {
      at++;
      requireOperand("NOT");
      return new QueryNode.Not(unary());
    }
    QueryNode left = primary();
    while (peek(Kind.NEAR)) {
      Token near = tokens.get(at++);
      requireOperand(near.text);
      left = new QueryNode.Near(left, primary(), near.distance, near.ordered);
    }
    return left;
  }

  private QueryNode primary() {
    if (at >= tokens.size()) {
      throw new QueryException("the query ends too early", "add a word after the last operator");
    }
    Token token = tokens.get(at++);
    return switch (token.kind) {
      case LPAREN -> {
        if (peek(Kind.RPAREN)) {
          throw new QueryException("empty parentheses () match nothing", "put words inside them");
        }
        QueryNode inner = or();
        if (!peek(Kind.RPAREN)) {
          throw new QueryException("unbalanced parentheses: a '(' is never closed", "(");
        }
        at++;
        yield inner;
      }
      case PHRASE -> new QueryNode.Phrase(token.text);
      case FIELD -> new QueryNode.FieldValue(token.field, token.text);
      case WORD -> word(token.text);
      case RPAREN ->
          throw new QueryException("unbalanced parentheses: ')' without a matching '('", ")");
      default ->
          throw new QueryException(
              "'" + token.text + "' needs a word before it", "e.g. trafficking " + token.text);
    };
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
    if (stem.codePointCount(0, stem.length()) < 3) {
      throw new QueryException(
          "a wildcard needs at least 3 letters before *", text + " (e.g. vulnerab*)");
    }
    return new QueryNode.Word(stem, true);
  }

  private boolean peek(Kind kind) {
    return at < tokens.size() && tokens.get(at).kind == kind;
  }

  private boolean startsOperand() {
    return peek(Kind.WORD)
        || peek(Kind.PHRASE)
        || peek(Kind.FIELD)
        || peek(Kind.LPAREN)
        || peek(Kind.NOT);
  }

  private void requireOperand(String operator) {
    if (!startsOperand()) {
      throw new QueryException(
          operator + " needs a word, phrase or group after it",
          "e.g. trafficking " + operator + " smuggling");
    }
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
  }

  private static List<Token> tokenize(String q) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(Token.of(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c)));
        i++;
      } else if (isQuote(c)) {
        int end = closingQuote(q, i);
        out.add(Token.of(Kind.PHRASE, phraseText(q.substring(i + 1, end))));
        i = end + 1;
      } else {
        int end = i;
        while (end < q.length() && !endsWord(q.charAt(end))) {
          end++;
        }
        String word = q.substring(i, end);
        Matcher field = FIELD.matcher(word);
        if (field.matches() && !field.group(2).isEmpty()) {
          out.add(fieldToken(field.group(1), field.group(2)));
        } else if (field.matches() && end < q.length() && isQuote(q.charAt(end))) {
          int close = closingQuote(q, end);
          out.add(fieldToken(field.group(1), phraseText(q.substring(end + 1, close))));
          end = close + 1;
        } else if (field.matches()) {
          throw new QueryException("'" + word + "' needs a value after the colon", word + "value");
        } else {
          out.add(operatorOrWord(word));
        }
        i = end;
      }
    }
    return out;
  }

  private static int closingQuote(String q, int open) {
    for (int j = open + 1; j < q.length(); j++) {
      if (isQuote(q.charAt(j))) {
        return j;
      }
    }
    throw new QueryException(
        "unbalanced quotes: a phrase is never closed",
        q.substring(open, Math.min(q.length(), open + 40)));
  }

  private static String phraseText(String inside) {
    String text = inside.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new QueryException(
          "an empty phrase \"\" matches nothing", "put words between the quotes");
    }
    return text;
  }

  private static Token fieldToken(String name, String value) {
    String field = name.toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(field)) {
      throw new QueryException(
          "unknown field '" + name + "'", "fields: body, instrument, kind, language, status");
    }
    return new Token(Kind.FIELD, value, field, 0, false);
  }

  private static Token operatorOrWord(String word) {
    switch (word) {
      case "AND":
        return Token.of(Kind.AND, word);
      case "OR":
        return Token.of(Kind.OR, word);
      case "NOT":
        return Token.of(Kind.NOT, word);
      default:
        break;
    }
    Matcher near = NEAR.matcher(word);
    if (!near.matches()) {
      return Token.of(Kind.WORD, word);
    }
    if (near.group(2) == null) {
      throw new QueryException(word + " needs a distance", word + "/5");
    }
    int distance = Integer.parseInt(near.group(2).length() > 4 ? "99999" : near.group(2));
    if (distance > MAX_DISTANCE) {
      throw new QueryException(
          word + " distance must be at most " + MAX_DISTANCE, near.group(1) + "/" + MAX_DISTANCE);
    }
    return new Token(Kind.NEAR, word, null, distance, near.group(1).equals("ONEAR"));
  }
}
