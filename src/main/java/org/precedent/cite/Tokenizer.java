package org.precedent.cite;

import java.util.List;

/**
 * Splits text into {@link Tokens} in one linear pass, recording each token's span and type. The
 * token language is the pattern below, tried at each position in this order; the scanner is written
 * by hand because running the pattern was half the time of a cite request. Every repetition is
 * bounded, so hostile input (64,000 characters of slashes or digits) costs a constant per position.
 *
 * <pre>
 * (?&lt;sym&gt;[A-Z]{1,10}(?:/[A-Za-z0-9]{1,12}(?:\.[A-Za-z0-9]{1,6})?){1,8})
 * |(?&lt;num&gt;[0-9]{1,4}(?:[/.][0-9]{1,4})?(?![0-9]))
 * |(?&lt;word&gt;\p{L}[\p{L}\p{M}]{0,60})
 * |(?&lt;punct&gt;[^\s\p{Z}\p{L}\p{N}])
 * </pre>
 *
 * As with {@code Matcher.find}, a position where nothing matches is skipped one code point at a
 * time: a digit run longer than four yields only its last four digits.
 */
final class Tokenizer {
  private static final int SYMBOL_HEAD = 10;
  private static final int SYMBOL_PARTS = 8;
  private static final int SYMBOL_PART = 12;
  private static final int SYMBOL_SUFFIX = 6;
  private static final int NUMBER_DIGITS = 4;
  private static final int WORD_TAIL = 60;

  private Tokenizer() {}

  /** The tokens of {@code source} as a list, made as they are read. */
  static List<Token> tokens(String source) {
    return scan(source).list();
  }

  /** The tokens of {@code source}, none sifted: the finder looks each one's key up. */
  static Tokens scan(String source) {
    return scan(source, KeySieve.ALL);
  }

  /** As {@link #scan(String)}, each ASCII word and mark sifted by {@code sieve} as it is read. */
  static Tokens scan(String source, KeySieve sieve) {
    // One copy up front: reading an array skips the per-character checks of String.charAt, which
    // were a large part of the scan on texts that hold any character above Latin-1.
    char[] text = source.toCharArray();
    Tokens.Builder out = new Tokens.Builder(text, text.length / 4 + 4);
    int n = text.length;
    int p = 0;
    while (p < n) {
      char c = text[p];
      if (c == ' ') {
        // About one character in seven of a text: asked first, before any class of token.
        p++;
        continue;
      }
      int end;
      Token.Type type;
      boolean ascii = true;
      if (c >= 128) {
        int cp = codePointAt(text, p);
        ascii = false;
        if (Character.isLetter(cp)) {
          end = wordEnd(text, p);
          type = Token.Type.WORD;
        } else if (isPunct(cp)) {
          end = p + Character.charCount(cp);
          type = Token.Type.PUNCT;
        } else {
          p += Character.charCount(cp);
          continue;
        }
      } else if (isAsciiLetter(c)) {
        end = c <= 'Z' ? symbolEnd(text, p) : -1;
        type = Token.Type.SYMBOL;
        if (end < 0) {
          end = asciiWordEnd(text, p);
          type = Token.Type.WORD;
          if (end < n && text[end] >= 128 && end < p + 1 + WORD_TAIL) {
            // The word may run on into accented letters: read it again the general way.
            end = wordEnd(text, p);
            ascii = isAscii(text, p, end);
          }
        }
      } else if (c >= '0' && c <= '9') {
        end = numberEnd(text, p);
        type = Token.Type.NUMBER;
        if (end < 0) {
          p++;
          continue;
        }
      } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
        p++;
        continue;
      } else {
        // Every other ASCII character, control characters included, is a punctuation token.
        end = p + 1;
        type = Token.Type.PUNCT;
      }
      if (ascii && (type == Token.Type.WORD || type == Token.Type.PUNCT)) {
        out.add(type, p, end, true, sieve.bits(text, p, end));
      } else {
        out.add(type, p, end, ascii);
      }
      p = end;
    }
    return out.build();
  }

  /** End of a symbol starting at {@code p}, or -1. Greedy: nothing follows it in the pattern. */
  private static int symbolEnd(char[] text, int p) {
    int head = run(text, p, SYMBOL_HEAD + 1, false);
    int k = p + head;
    if (head > SYMBOL_HEAD || !at(text, k, '/')) {
      return -1;
    }
    for (int part = 0; part < SYMBOL_PARTS && at(text, k, '/'); part++) {
      int len = run(text, k + 1, SYMBOL_PART, true);
      if (len == 0) {
        break;
      }
      k += 1 + len;
      if (at(text, k, '.')) {
        int suffix = run(text, k + 1, SYMBOL_SUFFIX, true);
        k += suffix == 0 ? 0 : 1 + suffix;
      }
    }
    return k == p + head ? -1 : k;
  }

  /**
   * End of a number starting at {@code p}, or -1. The look-ahead forbids a digit after the match,
   * so each digit run must be taken whole and be at most four long.
   */
  private static int numberEnd(char[] text, int p) {
    int digits = digits(text, p);
    if (digits > NUMBER_DIGITS) {
      return -1;
    }
    int k = p + digits;
    if (at(text, k, '/') || at(text, k, '.')) {
      int more = digits(text, k + 1);
      if (more >= 1 && more <= NUMBER_DIGITS) {
        return k + 1 + more;
      }
    }
    return k;
  }

  /** End of the run of ASCII letters at {@code p}, as long as a word can be. */
  private static int asciiWordEnd(char[] text, int p) {
    int max = Math.min(text.length, p + 1 + WORD_TAIL);
    int k = p + 1;
    while (k < max && isAsciiLetter(text[k])) {
      k++;
    }
    return k;
  }

  private static boolean isAscii(char[] text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text[k] >= 128) {
        return false;
      }
    }
    return true;
  }

  private static int wordEnd(char[] text, int p) {
    char first = text[p];
    int k = p + (first < 128 ? 1 : Character.charCount(codePointAt(text, p)));
    for (int count = 0; count < WORD_TAIL && k < text.length; count++) {
      char c = text[k];
      if (c < 128) {
        if (!isAsciiLetter(c)) {
          break;
        }
        k++;
        continue;
      }
      int cp = codePointAt(text, k);
      if (!Character.isLetter(cp) && !isMark(cp)) {
        break;
      }
      k += Character.charCount(cp);
    }
    return k;
  }

  /** The code point at {@code p}; most characters are not surrogates and are their own. */
  private static int codePointAt(char[] text, int p) {
    char c = text[p];
    return Character.isHighSurrogate(c) ? Character.codePointAt(text, p) : c;
  }

  /** A-Z or a-z: setting the 0x20 bit maps the one range onto the other, then one compare. */
  private static boolean isAsciiLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }

  /**
   * Length of the run of ASCII upper-case letters (or, with {@code alnum}, ASCII letters and
   * digits) at {@code p}, at most {@code max}.
   */
  private static int run(char[] text, int p, int max, boolean alnum) {
    int k = p;
    while (k < text.length && k - p < max) {
      char c = text[k];
      boolean ok =
          (c >= 'A' && c <= 'Z') || (alnum && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
      if (!ok) {
        break;
      }
      k++;
    }
    return k - p;
  }

  /** Length of the run of ASCII digits at {@code p}, counted up to one past the longest kept. */
  private static int digits(char[] text, int p) {
    int k = p;
    while (k < text.length && k - p <= NUMBER_DIGITS && text[k] >= '0' && text[k] <= '9') {
      k++;
    }
    return k - p;
  }

  private static boolean at(char[] text, int k, char c) {
    return k < text.length && text[k] == c;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** {@code [^\s\p{Z}\p{L}\p{N}]}, where {@code \s} is the six ASCII spaces. */
  private static boolean isPunct(int cp) {
    if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return false;
      default:
        return !Character.isLetter(cp);
    }
  }
}
