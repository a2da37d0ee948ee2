package org.precedent.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a query into tokens: parentheses, phrases (straight or curly quotes, guillemets), {@code
 * field:value} for the fields {@link QueryParser#FIELDS} names (any other word's colon is
 * punctuation), the upper-case operators {@code AND OR NOT NEAR/n ONEAR/n}, and words. A minus
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
        boolean known = field.matches() && isField(field.group(1));
        if (known && !field.group(2).isEmpty()) {
          out.add(fieldToken(field.group(1), field.group(2)));
        } else if (known && end < q.length() && isQuote(q.charAt(end))) {
          int close = closingQuote(q, end);
          out.add(fieldToken(field.group(1), phraseText(q.substring(end + 1, close))));
          end = close + 1;
        } else if (field.matches()) {
          // Any other word before a colon is text, its colon punctuation: pasted treaty text
          // ("Use of terms: ...", "this Protocol:“Trafficking ...") was refused as a field.
          out.add(Token.of(Kind.WORD, field.group(1)));
          end = i + field.group(1).length() + 1;
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

  /**
   * The quote closing the phrase opened at {@code open}. Quotes inside a phrase quote in their
   * turn, as treaty text pasted between straight quotes does ("“Trafficking in persons” shall
   * mean"): a quote after a space (or the phrase's own opening quote) and before a word opens a
   * quotation within the phrase, and any other quote closes the innermost one open, or else the
   * phrase. Read as the phrase's end, the first quote of any kind left the phrase empty. A phrase
   * whose last inner quotation is never closed ends where that quotation's closing quote stands.
   */
  private static int closingQuote(String q, int open) {
    int inner = 0;
    int lastClosed = -1;
    for (int j = open + 1; j < q.length(); j++) {
      if (!isQuote(q.charAt(j))) {
        continue;
      }
      if (opensQuotation(q, open, j)) {
        inner++;
      } else if (inner > 0) {
        inner--;
        lastClosed = j;
      } else {
        return j;
      }
    }
    if (lastClosed >= 0) {
      return lastClosed;
    }
    throw new QueryException(
        "unbalanced quotes: a phrase is never closed",
        q.substring(open, Math.min(q.length(), open + 40)));
  }

  /**
   * Whether the quote at {@code j}, inside the phrase opened at {@code open}, opens a quotation.
   */
  private static boolean opensQuotation(String q, int open, int j) {
    char before = q.charAt(j - 1);
    boolean afterSpace = j - 1 == open || Character.isWhitespace(before) || before == '(';
    return afterSpace && j + 1 < q.length() && !endsWord(q.charAt(j + 1));
  }

  /**
   * The words between a phrase's quotes, quotes inside it read as the punctuation they are there.
   */
  private static String phraseText(String inside) {
    StringBuilder words = new StringBuilder(inside.length());
    inside.chars().forEach(c -> words.append(isQuote((char) c) ? ' ' : (char) c));
    String text = words.toString().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new QueryException(
          "an empty phrase \"\" matches nothing", "put words between the quotes");
    }
    return text;
  }

  private static boolean isField(String name) {
    return QueryParser.FIELDS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Token fieldToken(String name, String value) {
    return new Token(Kind.FIELD, value, name.toLowerCase(Locale.ROOT), 0, false);
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
