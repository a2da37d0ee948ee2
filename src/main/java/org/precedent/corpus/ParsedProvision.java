package org.precedent.corpus;

import java.util.Map;

/**
 * What a structure parser finds: one labelled unit before the outline is completed. {@code text} is
 * the unit's own words (for a chapeau-bearing parent, just the chapeau); {@code heading} is an
 * article title kept out of the text; {@code section} the chapter path it sits in.
 */
public record ParsedProvision(
    String eid,
    String unit,
    String heading,
    String section,
    String text,
    int fromLine,
    int toLine,
    Map<String, String> attributes) {

  public ParsedProvision {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    heading = heading == null ? "" : heading;
    section = section == null ? "" : section;
  }

  public static ParsedProvision of(
      String eid, String unit, String section, Block block, String text) {
    return new ParsedProvision(
        eid, unit, "", section, text, block.fromLine(), block.toLine(), Map.of());
  }
}
