package org.precedent.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * Order of hits: best match, newest first, or highest legal authority. Within one level of
 * authority the better match comes first, and of two matching alike the newer: a drafter sorting by
 * authority wants the treaty that says the words, not the newest treaty that shares one of them.
 */
public enum SortOrder {
  RELEVANCE("relevance"),
  DATE("date"),
  AUTHORITY("authority");

  private final String label;

  SortOrder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static SortOrder of(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new QueryException(
                    "unknown sort '" + label + "'", "use relevance, date or authority"));
  }
}
