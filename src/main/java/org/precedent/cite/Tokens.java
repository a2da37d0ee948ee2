package org.precedent.cite;

import java.util.List;

/** Tokens with a harmless sentinel past either end, so look-ahead needs no bounds checks. */
final class Tokens {
  private static final Token NONE = Token.of(Token.Type.PUNCT, "\u0000", 0, 0);
  private final List<Token> list;

  /** The same tokens as an array: the readers call {@link #get} several times per token. */
  private final Token[] array;

  Tokens(List<Token> list) {
    this.list = list;
    this.array = list.toArray(new Token[0]);
  }

  Token get(int i) {
    return i >= 0 && i < array.length ? array[i] : NONE;
  }

  int size() {
    return array.length;
  }

  List<Token> list() {
    return list;
  }
}
