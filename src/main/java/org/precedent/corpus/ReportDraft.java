package org.precedent.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report being read: the provisions found so far, the last paragraph, item and clause labels, and
 * the heading path that becomes the next provision's section.
 */
final class ReportDraft {
  final List<Unit> units = new ArrayList<>();
  final List<String> headings = new ArrayList<>(List.of("", "", ""));
  String annex = "";
  int lastParagraph;
  String subpara;
  String clause;
  char lastLetter = '@';
  String introSection;

  /** The letters of the current paragraph's items so far. */
  private final Set<String> letters = new HashSet<>();

  /**
   * The eid of the annex being read ("annex_ii" under "Annex II. Closing remarks"), null before any
   * annex. An annex of unnumbered prose (a speech reproduced in full) is cited by the position of
   * its paragraphs, as an unnumbered document is: {@code annex_ii__para_3}.
   */
  private String annexEid;

  /** Unnumbered paragraphs read in the current annex. */
  private int annexParagraphs;

  /** Whether the current annex's first block is still to come: it opens a paragraph. */
  private boolean annexStart;

  /** Whether the current annex numbers its paragraphs: then they are numbered as the body's. */
  private boolean annexNumbered;

  void openParagraph(int number, Block block, String words) {
    if (lastParagraph == 0 && introSection != null && introSection.equals(section())) {
      // a "Summary" heading covers the introduction, not the numbered paragraphs after it
      headings.replaceAll(h -> "");
    }
    lastParagraph = number;
    subpara = null;
    clause = null;
    letters.clear();
    annexNumbered = annexEid != null;
    annexStart = false;
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
    Map<String, String> attributes = Map.of();
    if (!ReportLabels.isClause(label, subpara, clause)
        && letters.contains(label)
        && subpara != null) {
      // A letter the paragraph already used, OCR's "(b)" for "(h)" after "(g)" (Vienna Forum
      // report, para. 128): read as the next letter, the printed label kept.
      attributes = Map.of("printedLabel", "(" + label + ")");
      label = String.valueOf((char) (subpara.charAt(0) + 1));
    }
    if (ReportLabels.isClause(label, subpara, clause)) {
      clause = label;
      String parent = subpara == null ? paragraph : paragraph + "__subpara_" + subpara;
      units.add(new Unit(parent + "__clause_" + label, "clause", section(), block, words));
    } else {
      subpara = label;
      clause = null;
      letters.add(label);
      units.add(
          new Unit(
              paragraph + "__subpara_" + label,
              "subparagraph",
              section(),
              block,
              words,
              attributes));
    }
  }

  /** True when the last unit's text ends a sentence (or there is no unit yet). */
  boolean unitComplete() {
    return units.isEmpty()
        || ReportLabels.endsSentence(units.get(units.size() - 1).text.toString());
  }

  void continueUnit(Block block, Instrument instrument) {
    if (annexEid != null && !annexNumbered && (annexStart || unitComplete())) {
      annexStart = false;
      units.add(
          new Unit(
              annexEid + "__para_" + ++annexParagraphs,
              "paragraph",
              section(),
              block,
              block.text()));
      return;
    }
    if (lastParagraph == 0 && (units.isEmpty() || unitComplete())) {
      if (introSection == null) {
        introSection = section();
      }
      units.add(
          new Unit("intro_" + (units.size() + 1), "introduction", section(), block, block.text()));
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
      if (text.regionMatches(true, 0, "annex", 0, 5)) {
        annexEid = annexEid(text);
        annexParagraphs = 0;
        annexStart = true;
        annexNumbered = false;
      }
      return;
    }
    headings.set(level, text);
    for (int i = level + 1; i < headings.size(); i++) {
      headings.set(i, "");
    }
  }

  /**
   * "Annex II. Closing remarks ..." is {@code annex_ii}; an annex without a numeral {@code annex}.
   */
  private static String annexEid(String heading) {
    Matcher numeral = Pattern.compile("(?i)^annex\\s+([IVXL]{1,6}|\\d{1,2})\\b").matcher(heading);
    return numeral.find() ? "annex_" + numeral.group(1).toLowerCase(Locale.ROOT) : "annex";
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

    final Map<String, String> attributes;

    Unit(String eid, String unit, String section, Block block, String words) {
      this(eid, unit, section, block, words, Map.of());
    }

    Unit(
        String eid,
        String unit,
        String section,
        Block block,
        String words,
        Map<String, String> attributes) {
      this.attributes = attributes;
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
          eid, unit, "", section, text.toString(), fromLine, toLine, attributes);
    }
  }
}
