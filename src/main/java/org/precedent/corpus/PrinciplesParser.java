package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout {@code principles}: the OHCHR Recommended Principles and Guidelines (E/2002/68/Add.1).
 * Reads the document's own labels. In the Principles part, a numbered paragraph "7." is {@code
 * principle_7} and an unnumbered line ("Protection and assistance") is the section the following
 * principles sit in. In the Guidelines part, "Guideline 6: title" opens {@code guideline_6} (the
 * title becomes its heading), the unnumbered paragraphs before its first number are its
 * introductory text, and each numbered paragraph is {@code guideline_6__para_M}. A paragraph's
 * number is its label (the attribute {@code label}, "7."), not its text. Text before any part
 * heading reads as the Principles part, and a guideline heading opens the Guidelines part if its
 * heading was cut, so a shorter excerpt (an ingested copy) parses the same way. Anything else fails
 * loudly, so a mis-cut corpus file cannot lose a provision silently.
 */
public final class PrinciplesParser implements StructureParser {
  private static final Pattern PART = Pattern.compile("^Recommended (Principles|Guidelines) on .+");
  private static final Pattern GUIDELINE = Pattern.compile("^Guideline (\\d+)\\s*[:.]\\s*(.+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)");

  @Override
  public String layout() {
    return "principles";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    State state = new State();
    for (Block block : blocks) {
      String text = block.text();
      Matcher part = PART.matcher(text);
      Matcher guideline = GUIDELINE.matcher(text);
      Matcher numbered = NUMBERED.matcher(text);
      if (part.matches()) {
        state.flushIntro();
        state.part = part.group(1);
        state.section = text;
      } else if (guideline.matches()) {
        state.openGuideline(guideline.group(1), guideline.group(2).strip(), block);
      } else if (numbered.matches()) {
        state.numbered(numbered.group(1), numbered.group(2), block, instrument);
      } else {
        state.unnumbered(block, instrument);
      }
    }
    state.flushIntro();
    return state.out;
  }

  /** The reading position: which part, section and guideline the next paragraph belongs to. */
  private static final class State {
    final List<ParsedProvision> out = new ArrayList<>();
    String part = "Principles";
    String section = "";
    String guideline;
    String title = "";
    Block heading;
    final List<Block> intro = new ArrayList<>();
    boolean introDone;

    void openGuideline(String number, String guidelineTitle, Block block) {
      flushIntro();
      if (!part.equals("Guidelines")) {
        part = "Guidelines";
        section = "";
      }
      guideline = number;
      title = guidelineTitle;
      heading = block;
      introDone = false;
    }

    void numbered(String number, String words, Block block, Instrument instrument) {
      // The number is the label, as every layout's is: the text is the words after it, so that a
      // quotation of Principle 7 begins "Trafficked persons", as the document is quoted.
      Map<String, String> label = Map.of("label", number + ".");
      if (part.equals("Principles")) {
        out.add(
            new ParsedProvision(
                "principle_" + number,
                "principle",
                "",
                section,
                words,
                block.fromLine(),
                block.toLine(),
                label));
        return;
      }
      if (guideline == null) {
        throw unexpected(block, instrument, "numbered paragraph outside any guideline");
      }
      flushIntro();
      out.add(
          new ParsedProvision(
              "guideline_" + guideline + "__para_" + number,
              "paragraph",
              title,
              section,
              words,
              block.fromLine(),
              block.toLine(),
              label));
    }

    void unnumbered(Block block, Instrument instrument) {
      if (part.equals("Principles")) {
        section = block.text();
      } else if (guideline != null && !introDone) {
        intro.add(block);
      } else {
        throw unexpected(block, instrument, "unnumbered paragraph where a number was expected");
      }
    }

    /** Emits the open guideline with its introductory text, once, before its first paragraph. */
    void flushIntro() {
      if (guideline == null || introDone) {
        return;
      }
      StringBuilder text = new StringBuilder();
      int from = heading.fromLine();
      int to = heading.toLine();
      for (Block b : intro) {
        text.append(text.length() == 0 ? "" : " ").append(b.text());
        to = b.toLine();
      }
      out.add(
          new ParsedProvision(
              "guideline_" + guideline,
              "guideline",
              title,
              section,
              text.toString(),
              from,
              to,
              Map.of("title", title)));
      intro.clear();
      introDone = true;
    }

    private static IllegalStateException unexpected(
        Block block, Instrument instrument, String what) {
      return new IllegalStateException(
          instrument.id()
              + ": "
              + what
              + " at line "
              + block.fromLine()
              + ": '"
              + block.text().substring(0, Math.min(60, block.text().length()))
              + "'");
    }
  }
}
