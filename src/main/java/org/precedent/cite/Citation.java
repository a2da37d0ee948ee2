package org.precedent.cite;

import java.util.List;

/**
 * One citation found and resolved. {@code start}/{@code end} are UTF-16 offsets into the submitted
 * text ({@code text} is that substring). {@code status}: 200 resolved, 300 ambiguous (every
 * candidate listed), 400 not a citation of a known instrument, 404 known instrument without such a
 * provision, 429 over the per-request limit (not resolved).
 */
public record Citation(
    String text,
    int start,
    int end,
    int status,
    String normalized,
    List<CitedProvision> provisions,
    String message) {
  public static final int RESOLVED = 200;
  public static final int AMBIGUOUS = 300;
  public static final int NOT_A_CITATION = 400;
  public static final int NO_SUCH_PROVISION = 404;
  public static final int OVER_LIMIT = 429;

  public Citation {
    provisions = List.copyOf(provisions);
  }
}
