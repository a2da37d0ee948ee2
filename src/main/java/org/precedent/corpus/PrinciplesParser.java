package org.precedent.corpus;

import java.util.List;

/** Layout {@code principles}. Placeholder until its parser lands: selecting it fails loudly. */
public final class PrinciplesParser implements StructureParser {
  @Override
  public String layout() {
    return "principles";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'principles' is not implemented yet");
  }
}
