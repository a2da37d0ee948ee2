package org.precedent.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

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
  @Override
  public String layout() {
    return "report";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    ReportDraft state = new ReportDraft();
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

  private static void read(Block block, ReportDraft state, Instrument instrument) {
    String text = block.text();
    Matcher paragraph = ReportLabels.PARAGRAPH.matcher(text);
    Matcher item = ReportLabels.ITEM.matcher(text);
    if (paragraph.matches()) {
      int number = Integer.parseInt(paragraph.group(1));
      boolean next = number == state.lastParagraph + 1;
      boolean first = state.lastParagraph == 0 && !ReportLabels.readsAsHeading(text);
      boolean ocrComma = paragraph.group(2).equals(",");
      if (next || (first && !ocrComma)) {
        state.openParagraph(number, block, paragraph.group(3));
      } else if (ReportLabels.readsAsHeading(text) && !ocrComma) {
        state.heading(2, text);
      } else {
        state.continueUnit(block, instrument);
      }
    } else if (ReportLabels.readsAsLabelledHeading(text)) {
      state.heading(ReportLabels.headingLevel(text, state.lastLetter), text);
    } else if (item.matches()) {
      state.openItem(item.group(1).toLowerCase(Locale.ROOT), block, item.group(2), instrument);
    } else if (state.unitComplete() && ReportLabels.readsAsUnlabelledHeading(text)) {
      state.heading(2, text);
    } else {
      state.continueUnit(block, instrument);
    }
  }

  /**
   * Where a second unit starts inside one block, or -1. OCR often leaves no blank line between a
   * heading, a numbered paragraph and its "(a)" items; a label counts only when it is the next one
   * expected and follows the end of a clause (". ", "; ", ": ") or a heading.
   */
  static int nextUnitStart(String text, ReportDraft state) {
    int expectedNumber = state.lastParagraph + 1;
    String subpara = state.subpara;
    String clause = state.clause;
    Matcher opening = ReportLabels.PARAGRAPH.matcher(text);
    Matcher openingItem = ReportLabels.ITEM.matcher(text);
    if (opening.matches() && Integer.parseInt(opening.group(1)) == expectedNumber) {
      expectedNumber++;
      subpara = null;
      clause = null;
    } else if (openingItem.matches()) {
      String label = openingItem.group(1);
      if (ReportLabels.isClause(label, subpara, clause)) {
        clause = label;
      } else {
        subpara = label;
        clause = null;
      }
    }
    Matcher embedded = ReportLabels.EMBEDDED_LABEL.matcher(text);
    while (embedded.find()) {
      int at = embedded.start(1);
      String before = text.substring(0, embedded.start()).strip();
      char last = before.charAt(before.length() - 1);
      boolean afterClause = ".;:".indexOf(last) >= 0;
      if (embedded.group(4) != null) {
        if (last == '.'
            && ReportLabels.readsAsLabelledHeading(
                ReportLabels.headingCandidate(text.substring(at)))) {
          return at;
        }
      } else if (embedded.group(2) != null) {
        boolean expected = Integer.parseInt(embedded.group(2)) == expectedNumber;
        if (expected && (afterClause || ReportLabels.readsAsLabelledHeading(before))) {
          return at;
        }
      } else if ((afterClause || last == ',')
          && ReportLabels.expectedItem(embedded.group(3), subpara, clause)) {
        return at;
      }
    }
    return -1;
  }
}
