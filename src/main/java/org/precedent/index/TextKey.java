package org.precedent.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * A provision's whole text as one term ({@link Fields#TEXT_KEY}): its words, lower-cased, in order,
 * without punctuation or spacing, hashed as the shingles are ({@link ShingleHashFilter}). The check
 * looks a segment's key up to find the provisions that are that segment word for word. Shingles
 * cannot: a provision holding the segment inside a longer text shares every run too, and a
 * recurring text is held so by hundreds of thousands of provisions at a million, whose equal scores
 * the candidate lists cut in index order.
 */
public final class TextKey {
  private TextKey() {}

  private static final int ASCII = 0x80;

  /**
   * 1 for each of the first 128 characters that is a letter or digit, 0 for the rest: looked up,
   * since a build counts the words of every provision before its writer threads start. With the
   * lookup, the code point read only outside ASCII and no branch on where words end, the count took
   * a third of the time (300,000 of the shipped corpus's texts, ten rounds alternating).
   */
  private static final byte[] ASCII_WORD = new byte[ASCII];

  static {
    for (int c = 0; c < ASCII; c++) {
      ASCII_WORD[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : 0);
    }
  }

  /** The key of {@code text}; empty when it has no letter or digit. */
  public static Optional<String> of(String text) {
    char[] words = new char[text.length()];
    int length = 0;
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetterOrDigit(c)) {
        gap = length > 0;
        continue;
      }
      if (length + 3 > words.length) {
        words = Arrays.copyOf(words, words.length * 2 + 3);
      }
      if (gap) {
        words[length++] = ' ';
        gap = false;
      }
      length += Character.toChars(Character.toLowerCase(c), words, length);
    }
    if (length == 0) {
      return Optional.empty();
    }
    char[] key = new char[ShingleHashFilter.CHARS];
    ShingleHashFilter.write(ShingleHashFilter.hash(words, length), key);
    return Optional.of(new String(key));
  }

  /** How many words {@code text} has, as the key reads them: runs of letters and digits. */
  public static int words(String text) {
    int count = 0;
    int inWord = 0;
    for (int i = 0; i < text.length(); ) {
      int c = codePointAt(text, i);
      i += Character.charCount(c);
      // 1 in a word, 0 out of one: counted without a branch, which a word's end would mispredict.
      int letter = c < ASCII ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? 1 : 0;
      count += letter & ~inWord;
      inWord = letter;
    }
    return count;
  }

  private static int codePointAt(String text, int i) {
    char ch = text.charAt(i);
    return ch < ASCII ? ch : text.codePointAt(i);
  }
}
