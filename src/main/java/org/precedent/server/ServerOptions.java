package org.precedent.server;

import java.util.List;
import java.util.Optional;

/**
 * Deployment choices: which other origins may call the API from a browser (none by default, so CORS
 * is off), the admin token that enables write routes (absent = write routes disabled), the largest
 * request body accepted, and the bytes of search answers kept for repeated searches ({@link
 * SearchAnswers}; 0 keeps none).
 */
public record ServerOptions(
    List<String> corsOrigins,
    Optional<String> adminToken,
    long maxBodyBytes,
    long searchCacheBytes) {
  /** 64,000 characters of text can take up to 4 bytes each in UTF-8, plus JSON framing. */
  public static final long DEFAULT_MAX_BODY = 300_000;

  /**
   * About 3,500 answers of a page of twenty hits (a median of 18 KB over a million provisions):
   * small beside the 1 GB the server is meant to run in.
   */
  public static final long DEFAULT_SEARCH_CACHE = 64L << 20;

  public ServerOptions {
    corsOrigins = List.copyOf(corsOrigins);
    adminToken = adminToken.filter(t -> !t.isBlank());
    if (searchCacheBytes < 0) {
      throw new IllegalArgumentException("the search cache size cannot be negative");
    }
  }

  public static ServerOptions defaults() {
    return new ServerOptions(List.of(), Optional.empty(), DEFAULT_MAX_BODY, DEFAULT_SEARCH_CACHE);
  }

  /** These options with {@code bytes} of search answers kept. */
  public ServerOptions withSearchCache(long bytes) {
    return new ServerOptions(corsOrigins, adminToken, maxBodyBytes, bytes);
  }
}
