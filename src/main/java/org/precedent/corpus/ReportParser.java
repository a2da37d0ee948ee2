package org.precedent.corpus;

import java.util.List;

/** Layout {@code report}. Placeholder until its parser lands: selecting it fails loudly. */
public final class ReportParser implements StructureParser {
  @Override
  public String layout() {
    return "report";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    throw new UnsupportedOperationException("layout 'report' is not implemented yet");
  }
}
