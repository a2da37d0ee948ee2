package org.precedent.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.ProvisionId;
import org.precedent.search.QueryException;
import org.precedent.search.SearchMode;
import org.precedent.search.SearchRequest;
import org.precedent.search.SearchResult;
import org.precedent.search.SortOrder;

/**
 * {@code GET /api/search}, {@code GET /api/provisions/{instrument}/{eid}/similar}, and the API
 * description in {@code /openapi.json} (see OpenApiDocument).
 */
final class SearchRoutes {
  static final int DEFAULT_SIMILAR = 10;
  private static final Set<String> SEARCH_PARAMS =
      Set.of(
          "q",
          "mode",
          "instrument",
          "status",
          "kind",
          "body",
          "language",
          "year_from",
          "year_to",
          "sort",
          "limit",
          "offset",
          "exact_total");

  /**
   * Parameters read once, whose blank value was taken for the default: {@code year_from=} searched
   * every year. The filters listed more than once are checked as the request is made ({@link
   * SearchRequest}), and a blank {@code q} is a missing one.
   */
  private static final List<String> SCALAR_PARAMS =
      List.of("mode", "year_from", "year_to", "sort", "limit", "offset", "exact_total");

  /** A percent sign not followed by two hex digits: no escape at all. */
  private final KnowledgeBase kb;

  private final SearchAnswers answers;

  SearchRoutes(KnowledgeBase kb, long cacheBytes) {
    this.kb = kb;
    this.answers = new SearchAnswers(cacheBytes);
  }

  void register(Javalin app) {
    app.get("/api/search", this::search);
    app.get("/api/provisions/{instrument}/{eid}/similar", this::similar);
  }

  private void search(Context ctx) {
    // Read before the request is checked and searched: an answer is then kept under the
    // generation it was found in or an older one, never under a newer one it might not match.
    long generation = kb.generation();
    SearchRequest request = answer(() -> request(ctx));
    SearchAnswers.Answer found =
        answers.answer(
            generation,
            request,
            () -> {
              SearchResult result = answer(() -> kb.search(request));
              return ctx.jsonMapper()
                  .toJsonString(result, SearchResult.class)
                  .getBytes(StandardCharsets.UTF_8);
            });
    ctx.header(SearchAnswers.HEADER, found.kept() ? "hit" : "miss");
    ctx.contentType(ContentType.APPLICATION_JSON).result(found.json());
  }

  private void similar(Context ctx) {
    String id = ctx.pathParam("instrument") + "/" + ctx.pathParam("eid");
    ProvisionId pid =
        ProvisionId.parse(id).orElseThrow(() -> ApiError.notFound("no provision '" + id + "'"));
    unknownParams(ctx, Set.of("limit"));
    int limit = intParam(ctx, "limit", DEFAULT_SIMILAR);
    ctx.json(
        answer(() -> kb.similar(pid, limit))
            .orElseThrow(() -> ApiError.notFound("no provision with id '" + id + "'")));
  }

  /** Turns a query the caller must fix into a 400 with its explanation. */
  private static <T> T answer(Supplier<T> work) {
    try {
      return work.get();
    } catch (QueryException e) {
      throw ApiError.badRequest(e.getMessage(), e.detail());
    }
  }

  private static SearchRequest request(Context ctx) {
    unknownParams(ctx, SEARCH_PARAMS);
    for (String name : SCALAR_PARAMS) {
      String value = ctx.queryParam(name);
      if (value != null && value.isBlank()) {
        throw SearchRequest.emptyValue(name);
      }
    }
    String mode = ctx.queryParam("mode");
    String sort = ctx.queryParam("sort");
    return new SearchRequest(
        ctx.queryParam("q"),
        mode == null || mode.isBlank() ? SearchMode.STEMMED : SearchMode.of(mode),
        ctx.queryParams("instrument"),
        ctx.queryParams("status"),
        ctx.queryParams("kind"),
        ctx.queryParams("body"),
        ctx.queryParams("language"),
        optionalInt(ctx, "year_from"),
        optionalInt(ctx, "year_to"),
        sort == null || sort.isBlank() ? SortOrder.RELEVANCE : SortOrder.of(sort),
        intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT),
        intParam(ctx, "offset", 0),
        booleanParam(ctx, "exact_total"));
  }

  private static void unknownParams(Context ctx, Set<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiError.badRequest(
            "unknown parameter '" + name + "'",
            Map.of("allowed", allowed.stream().sorted().toList()));
      }
    }
  }

  /** A flag given as {@code true} or {@code false}; absent or blank is false. */
  private static boolean booleanParam(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return false;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiError.badRequest(name + " must be true or false", name + "=" + raw);
    };
  }

  private static int intParam(Context ctx, String name, int fallback) {
    Integer value = optionalInt(ctx, name);
    return value == null ? fallback : value;
  }

  private static Integer optionalInt(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number", name + "=" + raw);
    }
  }
}
