package org.precedent.index;

/**
 * A search or check ran past its time budget and was stopped. Not the caller's mistake in syntax,
 * but a request too broad for the corpus being served: the server answers 503 with this message.
 */
public final class OverBudget extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String detail;

  public OverBudget(String message, String detail) {
    super(message);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
