package org.precedent.corpus;

import java.util.List;

/**
 * Turns an instrument's cleaned paragraphs into labelled units. Implementations read the text's own
 * labels ("Article 3", "1.", "(a)", "PP4", "Guideline 6") and never touch Lucene.
 */
public interface StructureParser {
  /** The manifest's {@code layout} value that selects this parser. */
  String layout();

  List<ParsedProvision> parse(List<Block> blocks, Instrument instrument);
}
