package org.precedent.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precedent.cite.QuoteWords.Word;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;

/**
 * Where else in the corpus a quotation's words are: what a verdict names when they are not (or not
 * only) in the provision cited, and the authority of each place, which decides whether a draft
 * repeating a misquote is the quote's source or only its echo.
 */
final class ElsewhereFinder {
  /** At or above this a provision elsewhere is reported as holding the quote. */
  static final double FOUND_ELSEWHERE = 0.8;

  private final ProvisionSource source;

  ElsewhereFinder(ProvisionSource source) {
    this.source = source;
  }

  /**
   * Provisions holding the quote, leaving out {@code citedId}'s family (if any): the closest first;
   * of those holding it alike, first those of the {@code named} instrument (if any), then by legal
   * authority. Protocol art. 3 (a) is what "article 4 (a) of the Protocol" meant, not the
   * Principles' footnote quoting it.
   */
  List<Verification.FoundIn> find(String quote, List<Word> words, String citedId, String named) {
    Optional<ProvisionId> cited = citedId == null ? Optional.empty() : ProvisionId.parse(citedId);
    List<Verification.FoundIn> found = new ArrayList<>();
    List<ProvisionId> ids = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    for (Provision p : source.candidates(quote, 20)) {
      if (cited.isPresent() && cited.get().isRelated(p.id())) {
        continue;
      }
      double s = QuoteAligner.align(words, QuoteWords.ofProvision(p.text())).similarity();
      if (s >= FOUND_ELSEWHERE) {
        found.add(new Verification.FoundIn(p.id().toString(), p.citation(), round(s)));
        ids.add(p.id());
        // The named instrument's provisions first (every other one is put past every rank), each
        // group by authority.
        int authority = p.status().authorityRank();
        int others = Status.values().length;
        order.put(p.id().toString(), p.instrument().equals(named) ? authority : others + authority);
      }
    }
    // A parent holds its children's words: report the most specific provision only.
    found.removeIf(
        f ->
            ids.stream()
                .anyMatch(
                    id ->
                        id.eid().startsWith(f.id().substring(f.id().indexOf('/') + 1) + "__")
                            && id.instrument().equals(f.id().substring(0, f.id().indexOf('/')))));
    found.sort(
        Comparator.comparingDouble(Verification.FoundIn::similarity)
            .reversed()
            .thenComparing(f -> order.get(f.id())));
    return found;
  }

  /**
   * Whether every place in {@code holders} has less legal authority than {@code status}: a draft or
   * proposal under a treaty, never a provision of the same rank (another article of the treaty).
   * Unknown is not lower.
   */
  boolean allBelow(List<Verification.FoundIn> holders, String status) {
    if (status == null || holders.isEmpty()) {
      return false;
    }
    int rank = Status.of(status).authorityRank();
    for (Verification.FoundIn f : holders) {
      Optional<Status> held =
          ProvisionId.parse(f.id()).flatMap(source::provision).map(Provision::status);
      if (held.isEmpty() || held.get().authorityRank() <= rank) {
        return false;
      }
    }
    return true;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
