package org.precedent.cite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The verdict on a quotation: {@code exact} (same words, same stops between them), {@code variant}
 * (only the listed {@code normalizations} differ), {@code differs} (words differ: see {@code
 * diff}), {@code not_in_cited} (the words are not the cited provision's: {@code found_in} lists
 * where in the corpus they are, empty when nowhere) or {@code citation_unresolved}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Verification(
    String verdict,
    CitedProvision provision,
    double similarity,
    List<String> normalizations,
    List<DiffOp> diff,
    @JsonProperty("found_in") List<FoundIn> foundIn,
    Citation citation,
    String message) {
  public static final String EXACT = "exact";
  public static final String VARIANT = "variant";
  public static final String DIFFERS = "differs";
  public static final String NOT_IN_CITED = "not_in_cited";
  public static final String UNRESOLVED = "citation_unresolved";

  public Verification {
    normalizations = List.copyOf(normalizations);
    diff = List.copyOf(diff);
    foundIn = List.copyOf(foundIn);
  }

  /** A provision elsewhere in the corpus holding the quoted words. */
  public record FoundIn(String id, String citation, double similarity) {}
}
