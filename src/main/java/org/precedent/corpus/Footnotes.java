package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footnotes a manifest entry lists, each a provision {@code footnote_N} after the body. Some
 * footnotes are law, not apparatus: those of the OHCHR Principles and Guidelines define the terms
 * the Principles use ("trafficking", "component acts", "traffickers"), and a drafter searching
 * those words needs to reach them. The number is the footnote's own printed mark, read from the
 * start of its text ("¹ The term …" is {@code footnote_1}); a listed range that does not start with
 * a mark, or holds more than one paragraph, fails loudly rather than guessing.
 */
final class Footnotes {
  /** Superscript digits (as the OCR printed them) or plain digits, then the footnote's words. */
  private static final Pattern MARK =
      Pattern.compile("^([\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|\\d{1,3})\\s*(\\S.*)$");

  private Footnotes() {}

  /**
   * @param lines the corpus file's lines
   * @param firstLine the source line number of {@code lines.get(0)}
   */
  static List<ParsedProvision> parse(List<String> lines, int firstLine, Instrument instrument) {
    List<ParsedProvision> out = new ArrayList<>();
    for (List<Integer> range : instrument.footnotes()) {
      int from = range.get(0);
      int to = range.get(range.size() - 1);
      if (from < firstLine || to - firstLine >= lines.size()) {
        throw new IllegalStateException(
            instrument.id() + ": footnote lines " + range + " lie outside its corpus file");
      }
      List<Block> blocks =
          SourceText.blocks(
              lines.subList(from - firstLine, to - firstLine + 1), from, List.of(), List.of());
      if (blocks.size() != 1) {
        throw new IllegalStateException(
            instrument.id()
                + ": footnote lines "
                + range
                + " hold "
                + blocks.size()
                + " paragraphs");
      }
      Block block = blocks.get(0);
      Matcher mark = MARK.matcher(block.text());
      if (!mark.matches()) {
        throw new IllegalStateException(
            instrument.id() + ": footnote line " + from + " does not start with its mark");
      }
      out.add(
          ParsedProvision.of(
              "footnote_" + number(mark.group(1)), "footnote", "", block, mark.group(2)));
    }
    return out;
  }

  /** "¹⁵" or "15" as 15: a superscript digit's numeric value is its digit. */
  private static int number(String mark) {
    int n = 0;
    for (int i = 0; i < mark.length(); i++) {
      n = n * 10 + Character.getNumericValue(mark.charAt(i));
    }
    return n;
  }
}
