package org.precedent.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Provision;
import org.precedent.corpus.Status;
import org.precedent.corpus.ingest.AddRequest;
import org.precedent.corpus.ingest.Ingester;

/**
 * Write routes: add an instrument, rebuild the index. Disabled (403) unless an admin token is
 * configured, and then only for requests carrying it as {@code Authorization: Bearer <token>}.
 */
final class AdminRoutes {
  /** Largest source file accepted for ingestion. */
  static final long MAX_UPLOAD = 20L * 1024 * 1024;

  private final KnowledgeBase kb;
  private final Optional<String> token;

  AdminRoutes(KnowledgeBase kb, Optional<String> token) {
    this.kb = kb;
    this.token = token;
  }

  void register(Javalin app) {
    app.post("/api/instruments", this::add);
    app.post("/api/reindex", this::reindex);
  }

  /** One outline line of an ingest answer. */
  record OutlineLine(String id, String firstWords) {}

  /** What an ingest did. */
  record Added(
      String id,
      String layout,
      int provisions,
      boolean written,
      List<OutlineLine> outline,
      String snapshot) {}

  private void add(Context ctx) throws IOException {
    authorize(ctx);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw ApiError.badRequest("send the source as multipart form field 'file'", null);
    }
    if (file.size() > MAX_UPLOAD) {
      throw new ApiError(413, "file over the " + MAX_UPLOAD + "-byte limit", null);
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readAllBytes();
    }
    AddRequest request;
    try {
      request =
          new AddRequest(
              ctx.formParam("id"),
              ctx.formParam("title"),
              form(ctx, "shortTitle"),
              form(ctx, "symbol"),
              Status.of(Optional.ofNullable(ctx.formParam("status")).orElse("")),
              form(ctx, "date"),
              form(ctx, "kind"),
              form(ctx, "language").orElse("en"),
              form(ctx, "body"),
              form(ctx, "official"),
              ctx.formParams("alias"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad metadata: " + e.getMessage(), null);
    }
    boolean dryRun = form(ctx, "dryRun").map(Boolean::parseBoolean).orElse(false);
    Ingester.Plan plan;
    try {
      plan = kb.add(content, file.filename(), request, form(ctx, "layout"), dryRun);
    } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      int status = e.getMessage() != null && e.getMessage().contains("already exists") ? 409 : 400;
      throw new ApiError(status, e.getMessage(), null);
    }
    ctx.status(dryRun ? 200 : 201)
        .json(
            new Added(
                plan.instrument().id(),
                plan.instrument().layout(),
                plan.provisions().size(),
                !dryRun,
                plan.provisions().stream().map(AdminRoutes::line).toList(),
                kb.snapshot()));
  }

  private void reindex(Context ctx) {
    authorize(ctx);
    kb.reindex();
    ctx.json(kb.health());
  }

  private static OutlineLine line(Provision p) {
    String text = p.ownText().isEmpty() ? p.text() : p.ownText();
    String[] words = text.split("\\s+");
    return new OutlineLine(
        p.id().toString(), String.join(" ", Arrays.copyOf(words, Math.min(10, words.length))));
  }

  private static Optional<String> form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).filter(v -> !v.isBlank());
  }

  private void authorize(Context ctx) {
    String expected =
        token.orElseThrow(
            () ->
                new ApiError(
                    403,
                    "write routes are disabled: start the server with PRECEDENT_ADMIN_TOKEN set",
                    null));
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] given =
        header.startsWith("Bearer ")
            ? header.substring(7).getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    // Constant-time comparison: the token must not leak through response timing.
    if (!MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, "missing or wrong bearer token", null);
    }
  }
}
