package org.precedent.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.match.CheckRequest;

/** {@code POST /api/check}: the agreed-language check of a draft. */
final class CheckRoutes {
  /**
   * Strict reading: a number where text is expected, a string where a list is expected, or an
   * unknown field is the caller's mistake and gets a 400 that says so.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .withCoercionConfig(
              LogicalType.Textual,
              config -> {
                config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
              })
          .build();

  private final KnowledgeBase kb;

  CheckRoutes(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The request body as sent. */
  record Body(String text, List<String> exclude, List<String> statuses) {}

  void register(Javalin app) {
    if (kb == null) {
      throw new IllegalArgumentException("knowledge base required");
    }
    app.post("/api/check", this::check);
  }

  private void check(Context ctx) {
    Body body = parse(ctx.body());
    if (body.text() == null || body.text().isBlank()) {
      throw ApiError.badRequest("'text' is required: the draft to check", null);
    }
    if (body.text().length() > CheckRequest.MAX_CHARS) {
      // 413, as /api/cite and /api/verify answer for the same limit: the request is too large.
      throw new ApiError(
          413,
          "'text' is too long: "
              + body.text().length()
              + " characters, the limit is "
              + CheckRequest.MAX_CHARS,
          Map.of("limit", CheckRequest.MAX_CHARS, "length", body.text().length()));
    }
    List<String> exclude = body.exclude() == null ? List.of() : body.exclude();
    for (String id : exclude) {
      if (id == null || !ProvisionId.isInstrumentId(id)) {
        throw ApiError.badRequest(
            "'exclude' holds instrument ids such as a-64-l-64; got '" + id + "'", null);
      }
      // A misspelt id would exclude nothing, and the draft it meant would still count as
      // precedent: an unknown one is a mistake to say, as search says it.
      if (kb.instrumentRecord(id).isEmpty()) {
        throw ApiError.badRequest(
            "unknown instrument '" + id + "' in 'exclude': ids as /api/instruments lists them",
            null);
      }
    }
    List<String> statuses = body.statuses() == null ? List.of() : body.statuses();
    for (String status : statuses) {
      try {
        Status.of(status == null ? "" : status);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage(), null);
      }
    }
    ctx.json(kb.check(new CheckRequest(body.text(), exclude, statuses)));
  }

  private static Body parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ApiError.badRequest(
          "send a JSON body: {\"text\": \"...\", \"exclude\": [...], \"statuses\": [...]}", null);
    }
    try {
      Body body = JSON.readValue(raw, Body.class);
      if (body == null) {
        throw ApiError.badRequest("the body must be a JSON object", null);
      }
      return body;
    } catch (UnrecognizedPropertyException e) {
      throw ApiError.badRequest(
          "unknown field '" + e.getPropertyName() + "'; expected text, exclude, statuses", null);
    } catch (MismatchedInputException e) {
      throw ApiError.badRequest(
          "wrong type for '"
              + fieldOf(e)
              + "': text is a string, exclude and statuses are lists of strings",
          null);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage(), null);
    }
  }

  private static String fieldOf(MismatchedInputException e) {
    return e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
        ? "body"
        : e.getPath().get(0).getFieldName();
  }
}
