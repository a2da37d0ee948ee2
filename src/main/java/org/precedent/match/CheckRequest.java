package org.precedent.match;

import java.util.List;

/**
 * A check: the draft {@code text} (at most {@link #MAX_CHARS} characters), instrument ids to {@code
 * exclude} (the draft itself, when it is in the corpus) and, optionally, the precedent {@code
 * statuses} to consider (all when empty).
 */
public record CheckRequest(String text, List<String> exclude, List<String> statuses) {
  public static final int MAX_CHARS = 64_000;

  public CheckRequest {
    if (text == null) {
      throw new IllegalArgumentException("'text' is required");
    }
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "'text' has " + text.length() + " characters; the limit is " + MAX_CHARS);
    }
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
  }

  public static CheckRequest of(String text) {
    return new CheckRequest(text, List.of(), List.of());
  }
}
