package org.precedent.corpus;

import java.util.Locale;

/**
 * Human labels for eids in the style UN documents cite: {@code art_6__para_3__subpara_c} is "art. 6
 * (3) (c)", {@code annex__para_31} is "annex, para. 31", {@code guideline_6__para_1} is "Guideline
 * 6, para. 1", {@code pp_4} is "PP 4".
 */
public final class EidLabels {
  private EidLabels() {}

  public static String label(String eid) {
    StringBuilder out = new StringBuilder();
    String previous = "";
    for (String step : eid.split("__")) {
      int cut = step.indexOf('_');
      String type = cut < 0 ? step : step.substring(0, cut);
      String value = cut < 0 ? "" : step.substring(cut + 1);
      // "(2)" under an article is its paragraph 2: a subparagraph numbered so (as a text may
      // miscall a paragraph) is named in words, never shown as that paragraph.
      boolean numberedSubpara = type.equals("subpara") && !value.isEmpty() && isDigits(value);
      boolean nested =
          !numberedSubpara && previous.equals("art")
              || previous.equals("para")
              || previous.equals("op")
              || previous.equals("subpara")
              || previous.equals("clause");
      switch (type) {
        case "art" -> append(out, "art. " + value, ", ");
        case "pp" -> append(out, "PP " + value, ", ");
        case "op" -> append(out, "para. " + value, ", ");
        case "annex" -> append(out, annex(value), ", ");
        case "principle" -> append(out, "Principle " + value, ", ");
        case "guideline" -> append(out, "Guideline " + value, ", ");
        case "section" -> append(out, "sect. " + value.toUpperCase(Locale.ROOT), ", ");
        case "para", "subpara", "clause", "subclause", "item", "indent" ->
            append(out, nested ? "(" + value + ")" : prefix(type) + value, nested ? " " : ", ");
        default -> append(out, value.isEmpty() ? type : type + " " + value, ", ");
      }
      previous = type;
    }
    return out.toString();
  }

  /** "annex II" for {@code annex_ii}; "annex" alone for a document's only annex. */
  private static String annex(String value) {
    // Labels of cited paths give a step without a value the value 0 (cite.Labels).
    return value.isEmpty() || value.equals("0")
        ? "annex"
        : "annex " + value.toUpperCase(Locale.ROOT);
  }

  private static String prefix(String type) {
    return switch (type) {
      case "para" -> "para. ";
      case "subpara" -> "subpara. ";
      default -> type + " ";
    };
  }

  private static boolean isDigits(String value) {
    return value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static void append(StringBuilder out, String piece, String separator) {
    if (out.length() > 0) {
      out.append(separator);
    }
    out.append(piece);
  }
}
