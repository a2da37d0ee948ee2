package org.precedent.server;

/**
 * A request the caller can fix: mapped in one place to a 4xx JSON body {@code {"error", "detail"}}.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Object detail;

  public ApiError(int status, String message, Object detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }

  public static ApiError badRequest(String message, Object detail) {
    return new ApiError(400, message, detail);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message, null);
  }

  public int status() {
    return status;
  }

  public Object detail() {
    return detail;
  }

  /** The JSON error body. */
  public record Body(String error, Object detail) {}
}
