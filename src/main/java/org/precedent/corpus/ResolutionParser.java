package org.precedent.corpus;

import java.util.List;

/**
 * Layout {@code resolution}: a General Assembly draft resolution as the negotiation circulated it.
 * Blocks before "The General Assembly," are the document header and carry no provisions. Then:
 *
 * <ul>
 *   <li>preambular paragraphs {@code pp_N}: the number of a "PP1"/"PP.2" label when the preamble is
 *       labelled, else reading order; two paragraphs OCR ran into one are cut at the next label or
 *       at ", Recognizing"-style openings; bulleted or lower-case blocks under a paragraph are its
 *       indents {@code pp_N__indent_K};
 *   <li>operative paragraphs {@code op_N} from "1.", "OP6.", "7:" labels, their lettered items
 *       {@code op_N__subpara_x} (damaged letters such as "(@)" take the next letter in the list);
 *   <li>the annex from an "ANNEX" heading (or from the seed line in attribute {@value #ANNEX_FROM}
 *       when the heading is lost): its unnumbered opening is {@value #ANNEX_INTRO}, numbered
 *       paragraphs {@code annex__para_N} ("1bis." gives {@code annex__para_1bis}), their items
 *       {@code annex__para_N__subpara_x}, and headings such as "I. Preventing trafficking in
 *       persons" become the {@code section} of the paragraphs that follow.
 * </ul>
 *
 * A paragraph whose number the source lost takes the previous number plus one (attribute {@code
 * number} says so); where that would be wrong the manifest assigns the eid of the block starting at
 * seed line L with attribute {@code eid@L}. A unit cut out of a longer OCR paragraph carries that
 * paragraph's lines unless the parts are one per line or the manifest gives its own ({@code
 * lines@<eid>}). Page numbers and detached labels (a block that is only "17.") carry no words and
 * are skipped. Labels are kept out of the text and recorded in the provision's {@code label}
 * attribute.
 */
public final class ResolutionParser implements StructureParser {
  /** Manifest attribute: seed line where an annex whose heading OCR lost begins. */
  public static final String ANNEX_FROM = "annexFrom";

  /** Manifest attribute prefix: {@code eid@<seed line>} assigns that block's eid. */
  public static final String EID_AT = "eid@";

  /**
   * Manifest attribute prefix: {@code lines@<eid>} = "from-to" gives the seed lines of a unit that
   * the parser cut out of a longer OCR paragraph, where the paragraph's own range is all it knows.
   */
  public static final String LINES_OF = "lines@";

  /** The unnumbered opening words of an annex ("We the States Members ... to:"). */
  public static final String ANNEX_INTRO = "annex__intro";

  @Override
  public String layout() {
    return "resolution";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    ResolutionReader reader = new ResolutionReader(instrument.attributes());
    blocks.forEach(reader::accept);
    return reader.provisions();
  }
}
