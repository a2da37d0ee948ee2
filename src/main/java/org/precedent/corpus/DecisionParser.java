package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout {@code decision}: a decision of a UN body (CCPCJ decisions 16/1 and 16/2), read by its own
 * labels.
 *
 * <ul>
 *   <li>Before the operative part, each paragraph is preambular: {@code pp_N}. CCPCJ decisions
 *       print their whole preamble as one sentence ("The Commission ..., stressing ...:"), which is
 *       then {@code pp_1}.
 *   <li>Operative paragraphs are named by their printed label: "3." is {@code op_3}, and a decision
 *       whose operative paragraphs are lettered ("(b) Decides also ...") gets {@code op_b}, so
 *       "decision 16/1, paragraphs (b) and (c)" resolve to {@code op_b} and {@code op_c}. A
 *       lettered paragraph after a numbered one that ends with a colon is its subparagraph {@code
 *       op_N__subpara_x}.
 *   <li>After a line "Annex", the annex title is the annex's heading, its opening "The Commission
 *       ..., at its ... meeting," is the annex's own text ({@code annex}), its unnumbered
 *       paragraphs are {@code annex__pp_N} and its numbered ones {@code annex__para_N} (lettered
 *       ones under a numbered paragraph {@code annex__para_N__subpara_x}).
 * </ul>
 *
 * A label is the provision's {@code label} attribute, not part of its text, as in every layout: a
 * quotation of paragraph (b) begins "Decides also", as the decision is quoted.
 *
 * <p>Short lines without closing punctuation ("Decision 16/1", the decision's title) are headings
 * and become no provision.
 */
public final class DecisionParser implements StructureParser {
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern LETTERED =
      Pattern.compile("^\\(([a-z])\\)\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern ANNEX = Pattern.compile("^Annex(?:\\s+[IVX]+)?$");
  private static final Pattern CHAPEAU = Pattern.compile("^The [^,]+,.*,$");

  @Override
  public String layout() {
    return "decision";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    List<ParsedProvision> out = new ArrayList<>();
    boolean annex = false;
    boolean operative = false;
    String heading = "";
    String numbered = null;
    boolean numberedOpensList = false;
    int preambular = 0;
    for (Block block : blocks) {
      String text = block.text();
      Matcher number = NUMBERED.matcher(text);
      Matcher letter = LETTERED.matcher(text);
      if (ANNEX.matcher(text).matches()) {
        annex = true;
        operative = false;
        numbered = null;
        preambular = 0;
        heading = "";
      } else if (number.matches()) {
        operative = true;
        numbered = (annex ? "annex__para_" : "op_") + number.group(1);
        numberedOpensList = text.endsWith(":");
        out.add(
            labelled(numbered, "paragraph", heading, block, annex, number.group(1) + ".", number));
      } else if (letter.matches()) {
        operative = true;
        String eid =
            numbered != null && numberedOpensList
                ? numbered + "__subpara_" + letter.group(1)
                : (annex ? "annex__para_" : "op_") + letter.group(1);
        out.add(
            labelled(
                eid,
                eid.contains("subpara") ? "subparagraph" : "paragraph",
                heading,
                block,
                annex,
                "(" + letter.group(1) + ")",
                letter));
      } else if (isHeading(text)) {
        if (annex && heading.isEmpty()) {
          heading = text;
        }
      } else if (operative) {
        throw new IllegalStateException(
            instrument.id()
                + ": unlabelled paragraph among operative paragraphs at line "
                + block.fromLine());
      } else if (annex && preambular == 0 && CHAPEAU.matcher(text).matches()) {
        out.add(unit("annex", "annex", heading, block, true));
      } else {
        preambular++;
        out.add(
            unit((annex ? "annex__pp_" : "pp_") + preambular, "preambular", heading, block, annex));
      }
    }
    return out;
  }

  /** A title line: short and without the punctuation that ends a decision paragraph. */
  private static boolean isHeading(String text) {
    return text.length() <= 120 && !text.matches(".*[,;:.]$");
  }

  private static ParsedProvision unit(
      String eid, String unit, String heading, Block block, boolean annex) {
    return provision(eid, unit, heading, block, annex, block.text(), Map.of());
  }

  /** A labelled paragraph: its text is the words after the label ({@code matched}'s group 2). */
  private static ParsedProvision labelled(
      String eid,
      String unit,
      String heading,
      Block block,
      boolean annex,
      String label,
      Matcher matched) {
    return provision(eid, unit, heading, block, annex, matched.group(2), Map.of("label", label));
  }

  private static ParsedProvision provision(
      String eid,
      String unit,
      String heading,
      Block block,
      boolean annex,
      String text,
      Map<String, String> attributes) {
    return new ParsedProvision(
        eid,
        unit,
        annex ? heading : "",
        annex ? "Annex" : "",
        text,
        block.fromLine(),
        block.toLine(),
        attributes);
  }
}
