package org.precedent.cite;

import java.util.List;

/** Tokens with a harmless sentinel past either end, so look-ahead needs no bounds checks. */
final class Tokens {
  private static final Token NONE = Token.of(Token.Type.PUNCT, "\u0000", 0, 0);
  private final List<Token> list;

  Tokens(List<Token> list) {
    this.list = list;
  }

  Token get(int i) {
    return i >= 0 && i < list.size() ? list.get(i) : NONE;
  }

  int size() {
    return list.size();
  }

  List<Token> list() {
    return list;
  }
}
