package org.precedent.cite;

import java.util.Set;

/**
 * Whether a reference is the label of the text's own paragraph: "PP5 Reaffirming ...", "OP 2 (b):
 * Delete ...", "Paragraph 22: delete", at the start of a line that begins a paragraph or follows a
 * finished sentence, with the paragraph's text after it. Drafts and tables of proposals number
 * their paragraphs so; read as references naming no instrument, the labels took the one named last
 * ("PP.5 Reaffirming" in the table of inputs became the Protocol's PP 5). A line that OCR wrapped
 * in mid-sentence ("echoed by the formulation of / paragraph 5.") begins no paragraph. For the same
 * reason a name that ends one paragraph does not join a reference that opens the next ({@link
 * #breakBetween}).
 */
final class ParagraphLabel {
  /** What ends a sentence or a paragraph. */
  private static final String SENTENCE_ENDS = ".:;)\u201D\"";

  /**
   * The units whose labels may follow a line ending in a comma. A preambular paragraph ends with
   * one, and the next paragraph's label is a PP or OP ("...prosecution of its perpetrators, / PP8
   * Recalling" in the April draft). Any other reference after a comma continues a sentence that OCR
   * wrapped ("Human Rights Standards (see sect. 111, footnote 4), / para. 10. See also" in
   * A/64/290).
   */
  private static final Set<String> AFTER_COMMA = Set.of("pp", "op");

  private ParagraphLabel() {}

  /**
   * Whether {@code text}'s reference in [{@code start}, {@code end}), of the unit {@code step}, is
   * such a label.
   */
  static boolean at(String text, int start, int end, String step) {
    return beginsParagraph(text, start, AFTER_COMMA.contains(step)) && textFollows(text, end);
  }

  /** Whether a blank line lies between two tokens: they are in different paragraphs. */
  static boolean breakBetween(String text, Token before, Token after) {
    int lines = 0;
    for (int i = before.end(); i < after.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
      } else if (!Character.isWhitespace(c)) {
        lines = 0;
      }
      if (lines == 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean beginsParagraph(String text, int start, boolean afterComma) {
    int p = start;
    while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
      p--;
    }
    if (p == 0) {
      return true;
    }
    if (text.charAt(p - 1) != '\n') {
      return false;
    }
    int q = p - 1;
    while (q > 0 && text.charAt(q - 1) != '\n' && Character.isWhitespace(text.charAt(q - 1))) {
      q--;
    }
    // A blank line before, or the line before ended a sentence (or, for a PP or OP, a paragraph).
    char last = q == 0 ? '\n' : text.charAt(q - 1);
    return last == '\n' || SENTENCE_ENDS.indexOf(last) >= 0 || (afterComma && last == ',');
  }

  /** "PP1 Guided", "PP.5 Reaffirming", "OP2(b).\n\nOP2(d)", "Paragraph 22: delete". */
  private static boolean textFollows(String text, int end) {
    int a = end;
    boolean colon = a < text.length() && text.charAt(a) == ':';
    if (colon || (a < text.length() && text.charAt(a) == '.')) {
      a++;
    }
    int b = a;
    while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    if (b == text.length()) {
      return false;
    }
    return colon || (b > a && Character.isUpperCase(text.charAt(b)));
  }
}
