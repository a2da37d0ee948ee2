package org.precedent.corpus;

import java.util.List;

/** Layout {@code resolution}. Placeholder until its parser lands: selecting it fails loudly. */
public final class ResolutionParser implements StructureParser {
  @Override
  public String layout() {
    return "resolution";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'resolution' is not implemented yet");
  }
}
