package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout {@code report}: UN reports and recommendation lists cited by paragraph number. A block "N.
 * ..." opens {@code para_N}, "(a) ..." opens {@code para_N__subpara_a}, "(i) ..." opens a {@code
 * __clause_i} under the current subparagraph (or paragraph). Headings ("I. Introduction", "A.
 * Opening of the meeting", "1. Training", "Annex II") are not provisions: they become the {@code
 * section} path of the paragraphs below them.
 *
 * <p>"4, With regard" (an OCR comma) opens paragraph 4 only when 4 is the next number. Paragraph
 * numbers must run in sequence from the first one found (an excerpt may start at any number). A
 * numbered block that is not the next paragraph is a sub-heading when it reads like one (short, no
 * closing punctuation) and otherwise belongs to the current paragraph (an agenda or list quoted
 * inside it), so numbered lists never steal paragraph numbers. Any other unnumbered block continues
 * the unit above it. Unnumbered text before the first paragraph (a report's summary, a list's
 * chapeau) becomes {@code intro_N}, so no words are lost; letterheads and distribution lines are
 * dropped in the manifest.
 */
public final class ReportParser implements StructureParser {
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3})([.,])\\s+(\\S.*)");
  private static final Pattern ITEM = Pattern.compile("^\\(?([a-z]{1,4})\\)\\s+(\\S.*)");
  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^([IVXL]{1,6})\\.\\s+\\S.*|^(?i:annex|chapter)\\s+[IVXL0-9]+\\b.*");
  private static final Pattern LETTER_HEADING = Pattern.compile("^[A-Z]\\.\\s+\\S.*");
  private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
  private static final Pattern EMBEDDED_LABEL =
      Pattern.compile(
          "\\s((\\d{1,3})\\.\\s+\\S|\\(([a-z]{1,4})\\)\\s+\\S|([A-Z]|[IVX]{1,5})\\.\\s+\\S)");
  private static final Pattern EMBEDDED_NUMBER = Pattern.compile("\\s\\d{1,3}\\.\\s+\\S");
  private static final List<String> ROMANS =
      List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");
  private static final int HEADING_MAX_CHARS = 320;

  /**
   * An OCR'd footnote mark after a full stop ("understand. 10", "found.?") still ends a sentence.
   */
  private static final Pattern TRAILING_NOTE_MARK =
      Pattern.compile("(?<=[.;:])\\s?[0-9?!¢®©*'’]{1,3}$");

  private static final int UNLABELLED_HEADING_MAX_CHARS = 120;

  @Override
  public String layout() {
    return "report";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    State state = new State();
    for (Block block : blocks) {
      String rest = block.text();
      while (true) {
        int cut = nextUnitStart(rest, state);
        String piece = cut < 0 ? rest : rest.substring(0, cut).strip();
        read(new Block(piece, block.fromLine(), block.toLine()), state, instrument);
        if (cut < 0) {
          break;
        }
        rest = rest.substring(cut).strip();
      }
    }
    return state.finish();
  }

  private static void read(Block block, State state, Instrument instrument) {
    String text = block.text();
    Matcher paragraph = PARAGRAPH.matcher(text);
    Matcher item = ITEM.matcher(text);
    if (paragraph.matches()) {
      int number = Integer.parseInt(paragraph.group(1));
      boolean next = number == state.lastParagraph + 1;
      boolean first = state.lastParagraph == 0 && !readsAsHeading(text);
      boolean ocrComma = paragraph.group(2).equals(",");
      if (next || (first && !ocrComma)) {
        state.openParagraph(number, block, paragraph.group(3));
      } else if (readsAsHeading(text) && !ocrComma) {
        state.heading(2, text);
      } else {
        state.continueUnit(block, instrument);
      }
    } else if (readsAsLabelledHeading(text)) {
      state.heading(headingLevel(text, state.lastLetter), text);
    } else if (item.matches()) {
      state.openItem(item.group(1).toLowerCase(Locale.ROOT), block, item.group(2), instrument);
    } else if (state.unitComplete() && readsAsUnlabelledHeading(text)) {
      state.heading(2, text);
    } else {
      state.continueUnit(block, instrument);
    }
  }

  /**
   * -1 for an annex, 0 for a roman chapter, 1 for a lettered section. "I.", "V.", "X." and "L." are
   * letters when they follow "H.", "U.", "W." and "K." (2009 recommendations: "I. Victim
   * protection" after "H. Non-punishment").
   */
  static int headingLevel(String text, char lastLetter) {
    if (text.regionMatches(true, 0, "annex", 0, 5)
        || text.regionMatches(true, 0, "chapter", 0, 7)) {
      return -1;
    }
    boolean letter = LETTER_HEADING.matcher(text).matches();
    if (letter && (!ROMAN_HEADING.matcher(text).matches() || text.charAt(0) == lastLetter + 1)) {
      return 1;
    }
    return ROMAN_HEADING.matcher(text).matches() ? 0 : 1;
  }

  private static boolean readsAsLabelledHeading(String text) {
    return readsAsHeading(text)
        && (ROMAN_HEADING.matcher(text).matches() || LETTER_HEADING.matcher(text).matches());
  }

  /**
   * Where a second unit starts inside one block, or -1. OCR often leaves no blank line between a
   * heading, a numbered paragraph and its "(a)" items; a label counts only when it is the next one
   * expected and follows the end of a clause (". ", "; ", ": ") or a heading.
   */
  static int nextUnitStart(String text, State state) {
    int expectedNumber = state.lastParagraph + 1;
    String subpara = state.subpara;
    String clause = state.clause;
    Matcher opening = PARAGRAPH.matcher(text);
    Matcher openingItem = ITEM.matcher(text);
    if (opening.matches() && Integer.parseInt(opening.group(1)) == expectedNumber) {
      expectedNumber++;
      subpara = null;
      clause = null;
    } else if (openingItem.matches()) {
      String label = openingItem.group(1);
      if (isClause(label, subpara, clause)) {
        clause = label;
      } else {
        subpara = label;
        clause = null;
      }
    }
    Matcher embedded = EMBEDDED_LABEL.matcher(text);
    while (embedded.find()) {
      int at = embedded.start(1);
      String before = text.substring(0, embedded.start()).strip();
      char last = before.charAt(before.length() - 1);
      boolean afterClause = ".;:".indexOf(last) >= 0;
      if (embedded.group(4) != null) {
        if (last == '.' && readsAsLabelledHeading(headingCandidate(text.substring(at)))) {
          return at;
        }
      } else if (embedded.group(2) != null) {
        boolean expected = Integer.parseInt(embedded.group(2)) == expectedNumber;
        if (expected && (afterClause || readsAsLabelledHeading(before))) {
          return at;
        }
      } else if ((afterClause || last == ',') && expectedItem(embedded.group(3), subpara, clause)) {
        return at;
      }
    }
    return -1;
  }

  /** A heading run into the next paragraph ("E. Prevention 7. With regard") ends at its number. */
  private static String headingCandidate(String rest) {
    Matcher number = EMBEDDED_NUMBER.matcher(rest);
    return number.find() ? rest.substring(0, number.start()).strip() : rest;
  }

  private static boolean expectedItem(String label, String subpara, String clause) {
    if (isClause(label, subpara, clause)) {
      int index = ROMANS.indexOf(label);
      return subpara != null && index >= 0 && index == ROMANS.indexOf(clause) + 1;
    }
    char next = subpara == null ? 'a' : (char) (subpara.charAt(0) + 1);
    return label.length() == 1 && label.charAt(0) == next;
  }

  /** Headings are short and carry no closing punctuation; sentences end with . ; : or , */
  static boolean readsAsHeading(String text) {
    if (text.length() > HEADING_MAX_CHARS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != ';' && last != ':' && last != ',';
  }

  /**
   * OCR'd reports lose some heading labels ("Universal adherence", "Country visits"): a short
   * capitalised line with no closing punctuation after a finished sentence reads as a heading. A
   * fragment of a sentence split by a page break never follows a finished sentence.
   */
  static boolean readsAsUnlabelledHeading(String text) {
    return text.length() <= UNLABELLED_HEADING_MAX_CHARS
        && Character.isUpperCase(text.charAt(0))
        && readsAsHeading(text);
  }

  /**
   * Whether "(label)" is a roman clause rather than the next letter: "(i)" after "(h)" is a letter,
   * "(i)" anywhere else is a clause, and "(v)"/"(x)" are clauses when a clause list is open.
   */
  static boolean isClause(String label, String lastSubpara, String lastClause) {
    if (!ROMAN.matcher(label).matches()) {
      return false;
    }
    if (label.length() > 1) {
      return true;
    }
    if (lastClause != null) {
      return true;
    }
    char previous = (char) (label.charAt(0) - 1);
    return lastSubpara == null || lastSubpara.charAt(0) != previous;
  }

  /** The unit being read and the heading path above it. */
  static final class State {
    final List<Unit> units = new ArrayList<>();
    final List<String> headings = new ArrayList<>(List.of("", "", ""));
    String annex = "";
    int lastParagraph;
    String subpara;
    String clause;
    char lastLetter = '@';
    String introSection;

    void openParagraph(int number, Block block, String words) {
      if (lastParagraph == 0 && introSection != null && introSection.equals(section())) {
        // a "Summary" heading covers the introduction, not the numbered paragraphs after it
        headings.replaceAll(h -> "");
      }
      lastParagraph = number;
      subpara = null;
      clause = null;
      units.add(new Unit("para_" + number, "paragraph", section(), block, words));
    }

    void openItem(String label, Block block, String words, Instrument instrument) {
      if (lastParagraph == 0) {
        throw new IllegalStateException(
            instrument.id()
                + ": subparagraph ("
                + label
                + ") before any paragraph, line "
                + block.fromLine());
      }
      String paragraph = "para_" + lastParagraph;
      if (isClause(label, subpara, clause)) {
        clause = label;
        String parent = subpara == null ? paragraph : paragraph + "__subpara_" + subpara;
        units.add(new Unit(parent + "__clause_" + label, "clause", section(), block, words));
      } else {
        subpara = label;
        clause = null;
        units.add(
            new Unit(paragraph + "__subpara_" + label, "subparagraph", section(), block, words));
      }
    }

    /** True when the last unit's text ends a sentence (or there is no unit yet). */
    boolean unitComplete() {
      if (units.isEmpty()) {
        return true;
      }
      String text =
          TRAILING_NOTE_MARK
              .matcher(units.get(units.size() - 1).text.toString().strip())
              .replaceAll("");
      return !text.isEmpty() && ".;:".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    void continueUnit(Block block, Instrument instrument) {
      if (lastParagraph == 0 && (units.isEmpty() || unitComplete())) {
        if (introSection == null) {
          introSection = section();
        }
        units.add(
            new Unit(
                "intro_" + (units.size() + 1), "introduction", section(), block, block.text()));
        return;
      }
      units.get(units.size() - 1).append(block);
    }

    void heading(int level, String text) {
      if (level == 1) {
        lastLetter = text.charAt(0);
      }
      if (level < 0) {
        annex = text;
        headings.replaceAll(h -> "");
        return;
      }
      headings.set(level, text);
      for (int i = level + 1; i < headings.size(); i++) {
        headings.set(i, "");
      }
    }

    String section() {
      List<String> path = new ArrayList<>();
      if (!annex.isEmpty()) {
        path.add(annex);
      }
      headings.stream().filter(h -> !h.isEmpty()).forEach(path::add);
      return String.join(" / ", path);
    }

    List<ParsedProvision> finish() {
      return units.stream().map(Unit::toParsed).toList();
    }
  }

  /**
   * A provision under construction: its text is the words after the label ("8." or "(a)"), since
   * the eid carries the number; continuation blocks extend its text and line span.
   */
  private static final class Unit {
    final String eid;
    final String unit;
    final String section;
    final StringBuilder text;
    final int fromLine;
    int toLine;

    Unit(String eid, String unit, String section, Block block, String words) {
      this.eid = eid;
      this.unit = unit;
      this.section = section;
      this.text = new StringBuilder(words);
      this.fromLine = block.fromLine();
      this.toLine = block.toLine();
    }

    void append(Block block) {
      text.append(' ').append(block.text());
      toLine = block.toLine();
    }

    ParsedProvision toParsed() {
      return new ParsedProvision(
          eid, unit, "", section, text.toString(), fromLine, toLine, Map.of());
    }
  }
}
