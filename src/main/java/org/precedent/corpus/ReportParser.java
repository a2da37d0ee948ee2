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
 * <p>Paragraph numbers must run in sequence from the first one found (an excerpt may start at any
 * number). A numbered block that is not the next paragraph is a sub-heading when it reads like one
 * (short, no closing punctuation) and otherwise belongs to the current paragraph (an agenda or list
 * quoted inside it), so numbered lists never steal paragraph numbers. Any other unnumbered block
 * continues the unit above it; text before the first paragraph is refused, so front matter has to
 * be dropped in the manifest rather than silently lost.
 */
public final class ReportParser implements StructureParser {
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)");
  private static final Pattern ITEM = Pattern.compile("^\\(?([a-z]{1,4})\\)\\s+(\\S.*)");
  private static final Pattern ROMAN_HEADING =
      Pattern.compile("^([IVXL]{1,6})\\.\\s+\\S.*|^(?i:annex|chapter)\\s+[IVXL0-9]+\\b.*");
  private static final Pattern LETTER_HEADING = Pattern.compile("^[A-Z]\\.\\s+\\S.*");
  private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
  private static final int HEADING_MAX_CHARS = 320;

  @Override
  public String layout() {
    return "report";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    State state = new State();
    for (Block block : blocks) {
      String text = block.text();
      Matcher paragraph = PARAGRAPH.matcher(text);
      Matcher item = ITEM.matcher(text);
      if (paragraph.matches()) {
        int number = Integer.parseInt(paragraph.group(1));
        boolean first = state.lastParagraph == 0 && !readsAsHeading(text);
        if (number == state.lastParagraph + 1 || first) {
          state.openParagraph(number, block, paragraph.group(2));
        } else if (readsAsHeading(text)) {
          state.heading(2, text);
        } else {
          state.continueUnit(block, instrument);
        }
      } else if (readsAsHeading(text) && ROMAN_HEADING.matcher(text).matches()) {
        state.heading(text.regionMatches(true, 0, "annex", 0, 5) ? -1 : 0, text);
      } else if (readsAsHeading(text) && LETTER_HEADING.matcher(text).matches()) {
        state.heading(1, text);
      } else if (item.matches()) {
        state.openItem(item.group(1).toLowerCase(Locale.ROOT), block, item.group(2), instrument);
      } else {
        state.continueUnit(block, instrument);
      }
    }
    return state.finish();
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
  private static final class State {
    final List<Unit> units = new ArrayList<>();
    final List<String> headings = new ArrayList<>(List.of("", "", ""));
    String annex = "";
    int lastParagraph;
    String subpara;
    String clause;

    void openParagraph(int number, Block block, String words) {
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

    void continueUnit(Block block, Instrument instrument) {
      if (units.isEmpty()) {
        throw new IllegalStateException(
            instrument.id()
                + ": text before the first numbered paragraph at line "
                + block.fromLine()
                + " (drop front matter in the manifest): "
                + block.text().substring(0, Math.min(60, block.text().length())));
      }
      units.get(units.size() - 1).append(block);
    }

    void heading(int level, String text) {
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
