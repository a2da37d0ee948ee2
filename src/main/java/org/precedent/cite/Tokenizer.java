package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s in one linear pass. Every quantifier in the pattern is bounded
 * and no group nests an unbounded repetition, so hostile input (64,000 characters of slashes or
 * digits) cannot make the matcher backtrack beyond a constant per position.
 */
final class Tokenizer {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<sym>[A-Z]{1,10}(?:/[A-Za-z0-9]{1,12}(?:\\.[A-Za-z0-9]{1,6})?){1,8})"
              + "|(?<num>[0-9]{1,4}(?:[/.][0-9]{1,4})?(?![0-9]))"
              + "|(?<word>\\p{L}[\\p{L}\\p{M}]{0,60})"
              + "|(?<punct>[^\\s\\p{Z}\\p{L}\\p{N}])");

  private Tokenizer() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Token.Type type;
      if (m.start(1) >= 0) {
        type = Token.Type.SYMBOL;
      } else if (m.start(2) >= 0) {
        type = Token.Type.NUMBER;
      } else if (m.start(3) >= 0) {
        type = Token.Type.WORD;
      } else {
        type = Token.Type.PUNCT;
      }
      String t = m.group();
      String key = type == Token.Type.PUNCT ? t : Token.fold(t);
      out.add(new Token(type, t, key, m.start(), m.end()));
    }
    return out;
  }
}
