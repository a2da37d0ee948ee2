package org.precedent.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The result of a check, and the corpus snapshot it was made against. */
public record CheckReport(List<SegmentCheck> segments, Summary summary, String snapshot) {

  /**
   * Segment count, segments per verdict (every verdict listed), and the share of the segments'
   * characters that are agreed or agreed variants.
   */
  public record Summary(
      int segments,
      @JsonProperty("by_verdict") Map<String, Integer> byVerdict,
      @JsonProperty("agreed_share") double agreedShare) {}
}
