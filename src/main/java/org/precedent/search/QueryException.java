package org.precedent.search;

/**
 * A query or search parameter the caller must fix. The message says what is wrong and how to fix
 * it; {@code detail} is a short machine-readable hint (the offending text or allowed values).
 */
public final class QueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String detail;

  public QueryException(String message, String detail) {
    super(message);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
