package org.precedent.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with how the query was understood, facet counts over all hits (not just this page)
 * and the corpus snapshot the index was built from.
 *
 * @param totalExact whether {@code total} and the facet counts cover every match; when false they
 *     cover the first {@link SearchRequest#COUNTED_MATCHES} matches and are lower bounds, while the
 *     page itself is still the best of all matches
 * @param suggestion for a search that matched nothing or next to nothing ({@link
 *     ProvisionSearcher#FEW}), the query respelled with words the index holds more often ({@link
 *     SpellingSuggestion}), when that query matches more; absent otherwise
 */
public record SearchResult(
    int total,
    boolean totalExact,
    Interpretation query,
    List<Hit> hits,
    Map<String, Map<String, Integer>> facets,
    String snapshot,
    @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion) {

  /** This result, offering {@code other} as the query meant. */
  public SearchResult withSuggestion(String other) {
    return new SearchResult(total, totalExact, query, hits, facets, snapshot, other);
  }

  /**
   * @param parsed the query in canonical form: operators explicit, groups in parentheses
   * @param lucene the Lucene query actually run (after analysis: stems, dropped stopwords)
   */
  public record Interpretation(String mode, String parsed, String lucene) {}
}
