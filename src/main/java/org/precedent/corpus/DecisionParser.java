package org.precedent.corpus;

import java.util.List;

/** Layout {@code decision}. Placeholder until its parser lands: selecting it fails loudly. */
public final class DecisionParser implements StructureParser {
  @Override
  public String layout() {
    return "decision";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'decision' is not implemented yet");
  }
}
