package org.precedent.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a query into tokens: parentheses, phrases (straight or curly quotes, guillemets), {@code
 * field:value}, the upper-case operators {@code AND OR NOT NEAR/n ONEAR/n}, and words. A minus
 * opening a word, phrase, group or field ({@code -smuggling}, {@code -"organ removal"}) is read as
 * NOT, as web search engines read it: read as part of the word, the analysis dropped it and
 * searched for the very word the user meant to exclude.
 */
final class QueryLexer {
  private static final Pattern NEAR = Pattern.compile("(O?NEAR)(?:/(\\d+))?");
  private static final Pattern FIELD = Pattern.compile("([A-Za-z_]+):(.*)", Pattern.DOTALL);

  private QueryLexer() {}

  enum Kind {
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

  record Token(Kind kind, String text, String field, int distance, boolean ordered) {
    static Token of(Kind kind, String text) {
      return new Token(kind, text, null, 0, false);
    }
  }

  /** Straight and curly double quotes, guillemets (French, Spanish) and the low quote (German). */
  private static boolean isQuote(char c) {
    return c == '"'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u00ab'
        || c == '\u00bb'
        || c == '\u201e';
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
  }

  static List<Token> tokenize(String q) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (excludes(q, i)) {
        out.add(Token.of(Kind.NOT, "-"));
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

  /**
   * A minus at {@code i}, where a token starts, directly before a word, phrase or group. A minus
   * inside a word ({@code non-punishment}) never starts a token, and one standing alone is a word
   * the analysis drops.
   */
  private static boolean excludes(String q, int i) {
    if (q.charAt(i) != '-' || i + 1 >= q.length()) {
      return false;
    }
    char next = q.charAt(i + 1);
    return Character.isLetterOrDigit(next) || isQuote(next) || next == '(';
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
    if (!QueryParser.FIELDS.contains(field)) {
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
    if (distance > QueryParser.MAX_DISTANCE) {
      throw new QueryException(
          word + " distance must be at most " + QueryParser.MAX_DISTANCE,
          near.group(1) + "/" + QueryParser.MAX_DISTANCE);
    }
    return new Token(Kind.NEAR, word, null, distance, near.group(1).equals("ONEAR"));
  }
}
