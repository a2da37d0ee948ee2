package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    if (ReportLabels.isClause(label, subpara, clause)) {
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
    return units.isEmpty()
        || ReportLabels.endsSentence(units.get(units.size() - 1).text.toString());
  }

  void continueUnit(Block block, Instrument instrument) {
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
