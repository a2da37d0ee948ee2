package org.precedent.corpus;

import java.util.List;

/** Layout {@code proposals}. Placeholder until its parser lands: selecting it fails loudly. */
public final class ProposalTableParser implements StructureParser {
  @Override
  public String layout() {
    return "proposals";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'proposals' is not implemented yet");
  }
}
