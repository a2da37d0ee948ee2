package org.precedent.server;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a query string holding a percent sign that starts no escape ({@code q=%ZZ}), on every
 * route of the API: its parameters cannot be decoded, and read as none, a search said "q is
 * required" of a q given, and a similar-provisions request answered with its default limit.
 */
final class QueryStrings {
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2}).{0,2}");

  private QueryStrings() {}

  static void refuseMalformed(Context ctx) {
    String raw = ctx.queryString();
    Matcher bad = raw == null ? null : BAD_ESCAPE.matcher(raw);
    if (bad != null && bad.find()) {
      throw ApiError.badRequest(
          "the query string is malformed: '" + bad.group() + "' is no percent escape",
          "encode the parameters (a % sign is %25, a space %20)");
    }
  }
}
