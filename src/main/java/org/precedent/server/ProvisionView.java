package org.precedent.server;

import java.util.List;
import java.util.Map;
import org.precedent.corpus.Provenance;
import org.precedent.corpus.Provision;

/** A provision as the API returns it: flat, with its id as one string. */
public record ProvisionView(
    String id,
    String instrument,
    String eid,
    String label,
    String citation,
    String heading,
    String section,
    String text,
    String status,
    String kind,
    String unit,
    String language,
    Provenance source,
    String hash,
    String parent,
    List<String> children,
    Map<String, String> attributes) {

  /**
   * @param kind the instrument's kind (treaty, resolution, ...), since a provision's legal nature
   *     is its instrument's
   */
  public static ProvisionView of(Provision p, String kind) {
    return new ProvisionView(
        p.id().toString(),
        p.instrument(),
        p.eid(),
        p.label(),
        p.citation(),
        p.heading(),
        p.section(),
        p.text(),
        p.status().label(),
        kind,
        p.unit(),
        p.language(),
        p.source(),
        p.hash(),
        p.id().parentEid().map(e -> p.instrument() + "/" + e).orElse(null),
        p.children().stream().map(c -> p.instrument() + "/" + c).toList(),
        p.attributes());
  }
}
