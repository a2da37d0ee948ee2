package org.precedent.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
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
      @JsonProperty("agreed_share") double agreedShare) {

    /** The summary of {@code segments}. */
    static Summary of(List<SegmentCheck> segments) {
      Map<String, Integer> byVerdict = new LinkedHashMap<>();
      for (Verdict v : Verdict.values()) {
        byVerdict.put(v.label(), 0);
      }
      long chars = 0;
      long agreedChars = 0;
      for (SegmentCheck s : segments) {
        byVerdict.merge(s.verdict().label(), 1, Integer::sum);
        chars += s.end() - s.start();
        agreedChars += s.verdict().isAgreed() ? s.end() - s.start() : 0;
      }
      double share = chars == 0 ? 0 : Math.round(1000.0 * agreedChars / chars) / 1000.0;
      return new Summary(segments.size(), byVerdict, share);
    }
  }
}
