package org.precedent.corpus;

import java.util.List;
import java.util.Map;

/**
 * The smallest citable unit, with everything needed to cite, show and trust it. {@code text} is the
 * full text (a parent's own words followed by its children's); {@code ownText} is only the node's
 * own words (a chapeau, or empty for a pure container). {@code hash} is the SHA-256 of {@code
 * text}; {@code ordinal} is document order within the instrument.
 */
public record Provision(
    ProvisionId id,
    String unit,
    String label,
    String citation,
    String heading,
    String section,
    String text,
    String ownText,
    Status status,
    String language,
    Provenance source,
    String hash,
    int ordinal,
    List<String> children,
    Map<String, String> attributes) {

  public Provision {
    children = List.copyOf(children);
    attributes = Map.copyOf(attributes);
  }

  public String instrument() {
    return id.instrument();
  }

  public String eid() {
    return id.eid();
  }
}
