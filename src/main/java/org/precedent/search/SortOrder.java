package org.precedent.search;

import java.util.Arrays;
import java.util.Locale;

/** Order of hits: best match, newest first, or highest legal authority (then newest). */
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
