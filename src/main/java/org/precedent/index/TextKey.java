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
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean letter = Character.isLetterOrDigit(c);
      count += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return count;
  }
}
