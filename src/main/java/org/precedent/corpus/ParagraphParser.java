package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout {@code paragraphs}: statements, letters and other unnumbered prose. Each paragraph becomes
 * {@code para_N} in reading order, since such documents are cited by position ("the third paragraph
 * of the statement").
 */
public final class ParagraphParser implements StructureParser {
  @Override
  public String layout() {
    return "paragraphs";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    List<ParsedProvision> out = new ArrayList<>();
    for (Block block : blocks) {
      out.add(ParsedProvision.of("para_" + (out.size() + 1), "paragraph", "", block, block.text()));
    }
    return out;
  }
}
