package org.precedent.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the OCR of a comments table shows besides words: delegation labels ("Japan:"), draft row
 * labels ("PP.4", "12.") and word-processor change-tracking debris ("- { Deleted: the", "Formatted:
 * Bullets and Numbering", lone brackets and tildes, page numbers). Delegation names are a closed
 * vocabulary, so a sentence such as "Colombia would prefer..." is not read as a label; OCR variants
 * of a name ("TIOM", "UNICEEF", "African group") map to the name the table prints elsewhere.
 */
final class TableMarks {
  private static final Map<String, String> DELEGATIONS = new LinkedHashMap<>();

  static {
    for (String name :
        List.of(
            "African Group",
            "Australia",
            "Belarus",
            "Canada",
            "China",
            "Colombia",
            "Cuba",
            "EU",
            "Holy See",
            "Indonesia",
            "IOM",
            "Japan",
            "Liechtenstein",
            "Malaysia",
            "Nicaragua",
            "Norway",
            "OHCHR",
            "Singapore",
            "Switzerland",
            "Syria",
            "Thailand",
            "UNAIDS",
            "UNICEF",
            "USA")) {
      DELEGATIONS.put(name, name);
    }
    DELEGATIONS.put("African group", "African Group");
    // a table rule before "IOM" reads as T; a doubled letter in UNICEF
    DELEGATIONS.put("TIOM", "IOM");
    DELEGATIONS.put("UNICEEF", "UNICEF");
  }

  private static final String NAME =
      DELEGATIONS.keySet().stream()
          .sorted((a, b) -> b.length() - a.length())
          .map(Pattern::quote)
          .reduce((a, b) -> a + "|" + b)
          .orElseThrow();

  /** "Japan:" anywhere a line may start; "UNAIDS Stressing" (colon lost) only at a block start. */
  private static final Pattern LABEL = Pattern.compile("^(" + NAME + ")\\s?:\\s*");

  private static final Pattern LABEL_NO_COLON = Pattern.compile("^(" + NAME + ")\\s+(?=\\p{Lu})");

  /** Inside a block: a label, a PP row, or a numbered row right after a sentence's end. */
  private static final Pattern INNER_LABEL =
      Pattern.compile(
          "(?<=\\s)(?:(?:"
              + NAME
              + ")\\s?:|PP\\s?\\.?\\s?\\d{1,2}\\s+\\p{Lu})|(?<=[.;:\u201d\"\u2019)]\\s)\\d{1,2}\\.(?:\\s+\\p{Lu}|$)");

  /**
   * An annex section heading ("II. Protecting and assisting victims"), maybe with its row; OCR
   * reads some I's of a numeral as 1 or l ("I11. Prosecuting crimes").
   */
  private static final Pattern HEADING =
      Pattern.compile("^(IV|V|I[I1l]{0,2})\\.\\s+\\D*?(?:\\s(?=\\d{1,2}\\.(?:\\s|$))|$)");

  /** "PP1.", "PP.4", "PP 12" but not "PP.2bis" / "PP.2 ter" (proposed new paragraphs). */
  private static final Pattern PP_ROW =
      Pattern.compile("^PP\\s?\\.?\\s?(\\d{1,2})(?!\\d|\\s?(?:bis|ter))\\.?(?:\\s|$)");

  private static final Pattern NUMBER_ROW = Pattern.compile("^(\\d{1,2})\\.(?:\\s|$)");
  private static final Pattern ANNEX_ROW = Pattern.compile("^ANNEX\\s?:");

  /** A change-tracking balloon: up to a few isolated marks or letters, then Deleted:/Formatted:. */
  private static final Pattern TRACKED_CHANGE =
      Pattern.compile("^(?:[^\\p{L}]|(?<!\\p{L})\\p{L}(?!\\p{L}))*(?:Deleted|Formatted)\\s?:");

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private TableMarks() {}

  /** A delegation label at the start of {@code text}: the delegation and where its words begin. */
  record Label(String delegation, int end) {}

  static Optional<Label> label(String text, boolean blockStart) {
    Matcher m = LABEL.matcher(text);
    if (m.find() || (blockStart && (m = LABEL_NO_COLON.matcher(text)).find())) {
      return Optional.of(new Label(DELEGATIONS.get(m.group(1)), m.end()));
    }
    return Optional.empty();
  }

  /** Offsets after the start where a line inside a block begins with a label or a PP row. */
  static List<Integer> innerCuts(String text) {
    List<Integer> cuts = new ArrayList<>();
    Matcher m = INNER_LABEL.matcher(text);
    while (m.find()) {
      cuts.add(m.start());
    }
    return cuts;
  }

  static Optional<Integer> ppRow(String text) {
    Matcher m = PP_ROW.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  static Optional<Integer> numberRow(String text) {
    Matcher m = NUMBER_ROW.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** A section heading at the start: its number (I = 1) and where the rest of the text starts. */
  record Heading(int number, int end) {}

  static Optional<Heading> heading(String text) {
    Matcher m = HEADING.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int number = m.group(1).equals("IV") ? 4 : m.group(1).equals("V") ? 5 : m.group(1).length();
    return Optional.of(new Heading(number, m.end()));
  }

  static boolean annexRow(String text) {
    return ANNEX_ROW.matcher(text).find();
  }

  /**
   * Change-tracking and layout debris: a balloon ("Deleted: ...", "Formatted: ..."), a line with no
   * digit and no word of two letters (brackets, tildes, "N ~"), or a lone page number. Applied to
   * single seed lines (to check the manifest's drop ranges) and to blocks (so a missed line never
   * becomes a proposal).
   */
  static boolean isDebris(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    return TRACKED_CHANGE.matcher(t).find()
        || PAGE_NUMBER.matcher(t).matches()
        || (!WORD.matcher(t).find() && !DIGIT.matcher(t).find());
  }

  /** The eid step for a delegation: lower-case letters only ("African Group" -> africangroup). */
  static String slug(String delegation) {
    return delegation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
