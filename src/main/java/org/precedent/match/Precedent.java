package org.precedent.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A provision a segment resembles: {@code similarity} (0-1) between the segment and the aligned
 * stretch of the provision, {@code coverage} the share of the segment's words aligned, {@code
 * aligned} that stretch as UTF-16 offsets into the provision's text, the word diff from the
 * provision to the segment, and the differences with legal weight, which are read only where the
 * segment is an edit of the provision (the aligned stretch covers at least {@link Judge#CLOSE} of
 * the segment's own words and of their weight). {@code concepts} names the legal concepts the
 * provision states in common with the segment ("non-punishment"): a paraphrase that shares few
 * words is listed for them. {@code adopted_as}, for a draft precedent whose adoption the corpus
 * records, names the instrument it was adopted as and says whether the corpus holds that text: the
 * wording may be agreed there, which only that text can show (null otherwise).
 */
public record Precedent(
    String id,
    String citation,
    String status,
    String date,
    double similarity,
    double coverage,
    Span aligned,
    List<DiffOp> diff,
    @JsonProperty("weight_changes") List<WeightChange> weightChanges,
    List<String> concepts,
    @JsonProperty("adopted_as") Adoption adoptedAs) {

  /** Offsets into a text, end exclusive. */
  public record Span(int start, int end) {}

  /** The instrument a draft was adopted as (A/64/L.64 as resolution 64/293). */
  public record Adoption(
      String id,
      String symbol,
      String title,
      @JsonProperty("text_in_corpus") boolean textInCorpus) {}
}
