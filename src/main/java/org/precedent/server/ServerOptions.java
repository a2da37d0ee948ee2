package org.precedent.server;

import java.util.List;
import java.util.Optional;

/**
 * Deployment choices: which other origins may call the API from a browser (none by default, so CORS
 * is off), the admin token that enables write routes (absent = write routes disabled), and the
 * largest request body accepted.
 */
public record ServerOptions(
    List<String> corsOrigins, Optional<String> adminToken, long maxBodyBytes) {
  /** 64,000 characters of text can take up to 4 bytes each in UTF-8, plus JSON framing. */
  public static final long DEFAULT_MAX_BODY = 300_000;

  public ServerOptions {
    corsOrigins = List.copyOf(corsOrigins);
    adminToken = adminToken.filter(t -> !t.isBlank());
  }

  public static ServerOptions defaults() {
    return new ServerOptions(List.of(), Optional.empty(), DEFAULT_MAX_BODY);
  }
}
