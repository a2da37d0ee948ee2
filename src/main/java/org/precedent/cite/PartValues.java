package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.precedent.cite.Reference.Step;

/**
 * The letters, numbers and roman numerals that name the parts of a provision, as in "art. 6 (3) (c)
 * (ii)": what kind of part each is, and the values a list or range of them adds ("(a) to (c)",
 * "(2)-(4)", "(i) to (iii)"). Every range is capped at {@link StructureReader#MAX_ITEMS} values.
 */
final class PartValues {
  /** Clause numerals in order, so that a range of them can be counted out. */
  private static final List<String> ROMAN =
      List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

  /** Steps shown in parentheses after a number, so that more of them may follow: "(a) and (c)". */
  private static final Set<String> PARTS = Set.of("para", "subpara", "clause");

  private PartValues() {}

  /** A roman numeral a clause is numbered with: "i" to "xii". */
  static boolean isRoman(String text) {
    return ROMAN.contains(text);
  }

  /**
   * A lower-case letter or roman numeral of up to four characters, "a", "iv", or one capital letter
   * as typed in a search box, "article 3 (A)", read as its lower case.
   */
  static boolean isLetterPart(Token inner) {
    return inner.isWord()
        && inner.text().length() <= 4
        && (inner.text().equals(inner.key()) || inner.text().length() == 1);
  }

  /** Leading zeros off, keeping one digit: "007" is 7, "00" is 0. */
  static String strip(String digits) {
    int k = 0;
    while (k + 1 < digits.length() && digits.charAt(k) == '0' && isDigit(digits.charAt(k + 1))) {
      k++;
    }
    return digits.substring(k);
  }

  /** One to three digits, as in the (3) of "art. 6 (3)". */
  static boolean isParagraphNumber(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int n = 0; n < text.length(); n++) {
      if (!isDigit(text.charAt(n))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A single-letter subparagraph that a range to a longer roman numeral shows to be a clause. */
  static boolean showsRoman(Step part, Token inner) {
    return part.type().equals("subpara")
        && isRoman(part.value())
        && inner.text().length() > 1
        && isRoman(inner.text());
  }

  /**
   * The values a part {@code inner} adds after {@code part}: itself, or with {@code range} those
   * after {@code part}'s value up to it. Empty when it is not a part of the same kind.
   */
  static List<String> after(Step part, Token inner, boolean range) {
    if (!PARTS.contains(part.type())) {
      return List.of();
    }
    boolean numbers = isParagraphNumber(part.value());
    String value = inner.key();
    boolean same =
        numbers ? inner.isNumber() && isParagraphNumber(inner.text()) : isLetterPart(inner);
    if (!same) {
      return List.of();
    }
    if (!range) {
      return List.of(numbers ? strip(inner.text()) : value);
    }
    if (numbers) {
      return counted(
          Integer.parseInt(part.value()), Integer.parseInt(strip(inner.text())), Integer::toString);
    }
    if (part.type().equals("clause")) {
      // "(i) to (iii)": clauses count in roman numerals, not in the alphabet.
      int from = ROMAN.indexOf(part.value());
      int to = ROMAN.indexOf(value);
      return from < 0 ? List.of() : counted(from, to, ROMAN::get);
    }
    if (part.value().length() == 1 && value.length() == 1) {
      return counted(part.value().charAt(0), value.charAt(0), n -> String.valueOf((char) n));
    }
    return List.of();
  }

  /** The values {@code from + 1} to {@code to}, each shown by {@code name}; empty if none. */
  private static List<String> counted(int from, int to, IntFunction<String> name) {
    List<String> out = new ArrayList<>();
    for (int n = from + 1; n <= to && out.size() < StructureReader.MAX_ITEMS; n++) {
      out.add(name.apply(n));
    }
    return out;
  }
}
