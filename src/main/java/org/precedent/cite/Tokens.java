package org.precedent.cite;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens of one text, kept as offsets and types: a {@link Token} is made only when a reader
 * asks for it. Most tokens of a text are words the grammar does not know, which the finder passes
 * over from their characters alone; an object for each was about a quarter of the tokenizer's time.
 * A harmless sentinel stands past either end, so look-ahead needs no bounds checks.
 */
final class Tokens {
  private static final Token NONE = Token.of(Token.Type.PUNCT, "\u0000", 0, 0);
  private static final Token.Type[] TYPES = Token.Type.values();

  /** The bits of a kind that hold the type's ordinal. */
  private static final byte TYPE = 7;

  /** Set in a kind when every character of the token is below 128. */
  private static final byte ASCII = 8;

  /**
   * Set in a kind unless the grammar's {@link KeySieve} found that the token's key begins nothing
   * ({@link #mayBegin}), or carries no lead on to a name ({@link #mayName}).
   */
  static final byte MAY_BEGIN = 16;

  static final byte MAY_NAME = 32;

  private static final byte WORD_ASCII = (byte) (Token.Type.WORD.ordinal() | ASCII);
  private static final byte PUNCT_ASCII = (byte) (Token.Type.PUNCT.ordinal() | ASCII);

  private final char[] source;
  private final int[] starts;
  private final int[] ends;

  /** The type's ordinal, with {@link #ASCII}. */
  private final byte[] kinds;

  private final int size;

  /** The tokens made so far, so that each index always gives the same token. */
  private final Token[] made;

  private final List<Token> view = new View();

  private Tokens(char[] source, int[] starts, int[] ends, byte[] kinds, int size) {
    this.source = source;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.size = size;
    this.made = new Token[size];
  }

  Token get(int i) {
    if (i < 0 || i >= size) {
      return NONE;
    }
    Token token = made[i];
    if (token == null) {
      token = new Token(type(i), source, starts[i], ends[i], (kinds[i] & ASCII) != 0);
      made[i] = token;
    }
    return token;
  }

  int size() {
    return size;
  }

  /** The same tokens as a list, for the name trie. */
  List<Token> list() {
    return view;
  }

  Token.Type type(int i) {
    return TYPES[kinds[i] & TYPE];
  }

  /**
   * A word or punctuation mark all of whose characters are below 128: its key is its text with A-Z
   * lower-cased (a mark has none).
   */
  boolean isAsciiWordOrMark(int i) {
    int kind = kinds[i] & (TYPE | ASCII);
    return kind == WORD_ASCII || kind == PUNCT_ASCII;
  }

  /** False when token {@code i}'s key is certainly not one a citation begins with. */
  boolean mayBegin(int i) {
    return (kinds[i] & MAY_BEGIN) != 0;
  }

  /** False when token {@code i}'s key certainly neither leads on nor starts a name or series. */
  boolean mayName(int i) {
    return (kinds[i] & MAY_NAME) != 0;
  }

  /** The first character of token {@code i}, which must exist. */
  char firstChar(int i) {
    return source[starts[i]];
  }

  char[] source() {
    return source;
  }

  int start(int i) {
    return starts[i];
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Whether token {@code i} and the next one touch, nothing between them. */
  boolean gluedToNext(int i) {
    return i >= 0 && i + 1 < size && ends[i] == starts[i + 1];
  }

  /**
   * These tokens with each run {@code firsts[n]..lasts[n]} (in order, not overlapping) made one
   * word spanning them: a compound the tokenizer split at its hyphen, or an elision.
   */
  Tokens joined(int[] firsts, int[] lasts, int count) {
    Builder out = new Builder(source, size);
    int next = 0;
    for (int n = 0; n < count; n++) {
      for (; next < firsts[n]; next++) {
        out.add(kinds[next], starts[next], ends[next]);
      }
      int from = starts[firsts[n]];
      int to = ends[lasts[n]];
      boolean ascii = true;
      for (int c = from; c < to; c++) {
        ascii &= source[c] < 128;
      }
      out.add(Token.Type.WORD, from, to, ascii);
      next = lasts[n] + 1;
    }
    for (; next < size; next++) {
      out.add(kinds[next], starts[next], ends[next]);
    }
    return out.build();
  }

  /** Tokens of {@code source} added in order. */
  static final class Builder {
    private final char[] source;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int size;

    Builder(char[] source, int expected) {
      this.source = source;
      int capacity = Math.max(expected, 4);
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new byte[capacity];
    }

    /** A token of which nothing is known beyond its type: its key may be anything. */
    void add(Token.Type type, int start, int end, boolean ascii) {
      add(type, start, end, ascii, (byte) (MAY_BEGIN | MAY_NAME));
    }

    /** A token with what the {@link KeySieve} found of its key. */
    void add(Token.Type type, int start, int end, boolean ascii, byte sieved) {
      add((byte) (type.ordinal() | (ascii ? ASCII : 0) | sieved), start, end);
    }

    private void add(byte kind, int start, int end) {
      if (size == starts.length) {
        int capacity = size + (size >> 1);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = kind;
      size++;
    }

    Tokens build() {
      return new Tokens(source, starts, ends, kinds, size);
    }
  }

  /** A list over the tokens that makes each when asked, as {@link #get} does. */
  private final class View extends AbstractList<Token> implements RandomAccess {
    @Override
    public Token get(int index) {
      return Tokens.this.get(Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
