package org.precedent.cite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One token of the text being searched for citations. {@code start}/{@code end} are UTF-16 offsets
 * into the original text; {@code key} is the lower-cased, accent-folded form the grammar compares.
 * Text and key are cut from the source only when asked for: most tokens of a text are only ever
 * compared with a few grammar words, which an ASCII token answers from the source's characters.
 */
final class Token {
  enum Type {
    /** A UN document symbol such as A/64/L.64 or E/2002/68/Add.1. */
    SYMBOL,
    /** Digits, optionally with one slash or dot part: 9, 61/180, 6.1. */
    NUMBER,
    WORD,
    PUNCT
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private final Type type;

  /** The text's characters, shared by all its tokens: read without String's per-call checks. */
  private final char[] source;

  private final int from;
  private final int length;
  private final int start;
  private final int end;

  /** All characters below 128: the key is then the text with A-Z lower-cased, length kept. */
  private final boolean ascii;

  private String text;
  private String key;

  /** What the grammar made of the key, cached by {@link CitationGrammar#word}. */
  private GrammarWord word;

  /**
   * The token {@code source[start, end)}; {@code ascii} says whether all its characters are below
   * 128, which the tokenizer already knows from its scan.
   */
  Token(Type type, char[] source, int start, int end, boolean ascii) {
    this(type, source, start, end - start, start, end, ascii);
  }

  /** A token whose text is all of {@code text} but which claims the span [start, end). */
  static Token of(Type type, String text, int start, int end) {
    return new Token(
        type, text.toCharArray(), 0, text.length(), start, end, isAscii(text, 0, text.length()));
  }

  private Token(Type type, char[] source, int from, int length, int start, int end, boolean ascii) {
    this.type = type;
    this.source = source;
    this.from = from;
    this.length = length;
    this.start = start;
    this.end = end;
    this.ascii = ascii;
  }

  /**
   * Each Latin character's folded form, when it is one character ("é" to "e", "É" to "e"), else 0.
   * Spanish and French texts are full of accented words, and decomposing each one and running a
   * pattern over it was a seventh of a cite request.
   */
  private static final char[] LATIN = latinFolds();

  private static char[] latinFolds() {
    char[] out = new char[0x250];
    for (char c = 0; c < out.length; c++) {
      String folded = foldSlowly(String.valueOf(c));
      out[c] = folded.length() == 1 ? folded.charAt(0) : 0;
    }
    return out;
  }

  static String fold(String text) {
    if (isAscii(text, 0, text.length())) {
      return text.toLowerCase(Locale.ROOT);
    }
    char[] out = new char[text.length()];
    for (int n = 0; n < out.length; n++) {
      char c = text.charAt(n);
      // A typeset hyphen is the grammar's "-": UN documents print "sub‑paragraph" with a
      // non-breaking one.
      char folded = c < LATIN.length ? LATIN[c] : isHyphen(c) ? '-' : 0;
      if (folded == 0) {
        return foldSlowly(text); // a combining mark, another script, or a ligature
      }
      out[n] = folded;
    }
    return new String(out);
  }

  /** Decomposes, drops combining marks, lower-cases: the definition {@link #fold} speeds up. */
  static String foldSlowly(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s, int from, int to) {
    for (int n = from; n < to; n++) {
      if (s.charAt(n) >= 128) {
        return false;
      }
    }
    return true;
  }

  Type type() {
    return type;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    if (text == null) {
      text = new String(source, from, length);
    }
    return text;
  }

  String key() {
    if (key == null) {
      key = type == Type.PUNCT ? text() : fold(text());
    }
    return key;
  }

  GrammarWord word() {
    return word;
  }

  void word(GrammarWord word) {
    this.word = word;
  }

  /** The characters the token's text is cut from, shared by all tokens of its source. */
  char[] source() {
    return source;
  }

  /** Where the token's text starts in {@link #source}. */
  int from() {
    return from;
  }

  /** Length of the text, which for an ASCII token is also the key's. */
  int length() {
    return length;
  }

  boolean isAscii() {
    return ascii;
  }

  /** Character {@code n} of the key of an ASCII token. */
  char asciiKeyAt(int n) {
    return lowerAscii(source[from + n]);
  }

  /** {@code c} with A-Z lower-cased: an ASCII token's key from its text (a mark has no letter). */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@code key().hashCode()}, which an ASCII token computes without building its key. */
  int keyHash() {
    if (key != null || !ascii) {
      return key().hashCode();
    }
    return asciiKeyHash(source, from, length);
  }

  /**
   * {@code String.hashCode} of the key of the ASCII text {@code source[from, from + length)}: its
   * characters with A-Z lower-cased, summed as that method sums them.
   */
  static int asciiKeyHash(char[] source, int from, int length) {
    int h = 0;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + lowerAscii(source[k]);
    }
    return h;
  }

  boolean is(String word) {
    if (key != null || !ascii) {
      return key().equals(word);
    }
    int n = length();
    if (word.length() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (asciiKeyAt(k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the key starts with {@code c}; an ASCII token answers without building its key. */
  boolean keyStartsWith(char c) {
    if (key != null || !ascii) {
      return !key().isEmpty() && key().charAt(0) == c;
    }
    return length > 0 && asciiKeyAt(0) == c;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  boolean isPunct(char c) {
    return type == Type.PUNCT && source[from] == c;
  }

  /** "'" or the typeset "’": the apostrophe of an elision ("l'article"). */
  boolean isApostrophe() {
    return type == Type.PUNCT && isApostrophe(source[from]);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** "-", or the hyphen (U+2010) or non-breaking hyphen (U+2011) of typeset text. */
  boolean isHyphen() {
    return type == Type.PUNCT && isHyphen(source[from]);
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** A single lower-case letter, as in the (a) of "article 3 (a)". */
  boolean isLetter() {
    return type == Type.WORD && length() == 1 && Character.isLowerCase(source[from]);
  }

  @Override
  public String toString() {
    return type + " '" + text() + "' [" + start + ", " + end + ")";
  }
}
