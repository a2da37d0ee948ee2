package org.precedent.cite;

import java.util.List;
import java.util.Optional;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * Where resolution and verification read provisions: the index in production, a map in tests (so
 * the grammar and finder are tested without Lucene).
 */
public interface ProvisionSource {
  Optional<Provision> provision(ProvisionId id);

  /**
   * Provisions that may contain {@code quote} (phrase or shingle matches), best first, at most
   * {@code max}.
   */
  default List<Provision> candidates(String quote, int max) {
    return List.of();
  }
}
