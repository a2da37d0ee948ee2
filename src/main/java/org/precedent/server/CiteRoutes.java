package org.precedent.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.precedent.KnowledgeBase;
import org.precedent.cite.Citator;
import org.precedent.cite.QuoteVerifier;

/**
 * Routes of the cite stage: {@code GET /api/cite?q=}, {@code POST /api/cite {"text"}} and {@code
 * POST /api/verify {"quote","citation"}}. Bodies are read as JSON trees so a missing field, a
 * non-string value, oversized text or malformed JSON each get a 4xx saying which.
 */
final class CiteRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final KnowledgeBase kb;

  CiteRoutes(KnowledgeBase kb) {
    if (kb == null) {
      throw new IllegalArgumentException("knowledge base required");
    }
    this.kb = kb;
  }

  void register(Javalin app) {
    app.get("/api/cite", this::citeOne);
    app.post("/api/cite", this::cite);
    app.post("/api/verify", this::verify);
  }

  private void citeOne(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiError.badRequest("query parameter 'q' (one citation) is required", null);
    }
    ctx.json(kb.citeOne(checkLength("q", q)));
  }

  private void cite(Context ctx) {
    JsonNode body = body(ctx);
    ctx.json(kb.cite(string(body, "text")));
  }

  private void verify(Context ctx) {
    JsonNode body = body(ctx);
    String quote = string(body, "quote");
    String citation = string(body, "citation");
    if (quote.isBlank() || citation.isBlank()) {
      throw ApiError.badRequest("'quote' and 'citation' must not be blank", null);
    }
    if (!QuoteVerifier.hasWords(quote)) {
      // "..." or empty quote marks: nothing to compare, as with a blank quote.
      throw ApiError.badRequest("'quote' holds no words to verify", Map.of("field", "quote"));
    }
    ctx.json(kb.verify(quote, citation));
  }

  private static JsonNode body(Context ctx) {
    String raw = ctx.body();
    if (raw.isBlank()) {
      throw ApiError.badRequest("a JSON object body is required", null);
    }
    try {
      JsonNode node = JSON.readTree(raw);
      if (node == null || !node.isObject()) {
        throw ApiError.badRequest("the body must be a JSON object", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "malformed JSON body",
          Map.of("at", e.getLocation() == null ? "" : e.getLocation().toString()));
    }
  }

  private static String string(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw ApiError.badRequest("field '" + field + "' is required", Map.of("field", field));
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest(
          "field '"
              + field
              + "' must be a string, not "
              + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
          Map.of("field", field));
    }
    return checkLength(field, value.asText());
  }

  private static String checkLength(String field, String value) {
    if (value.length() > Citator.MAX_TEXT) {
      throw new ApiError(
          413,
          "'" + field + "' is " + value.length() + " characters; the limit is " + Citator.MAX_TEXT,
          Map.of("field", field, "limit", Citator.MAX_TEXT, "length", value.length()));
    }
    return value;
  }
}
