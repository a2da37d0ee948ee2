package org.precedent.corpus;

import java.util.List;

/** Layout {@code treaty}. Placeholder until its parser lands: selecting it fails loudly. */
public final class TreatyParser implements StructureParser {
  @Override
  public String layout() {
    return "treaty";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'treaty' is not implemented yet");
  }
}
