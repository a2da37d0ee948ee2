package org.precedent.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HTTP app over a {@link KnowledgeBase}: routes are thin adapters, errors map here. */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * A fixed set of server threads, never retired. Requests are CPU-bound Lucene work, so more
   * threads than this on a few cores only queue inside the JVM instead of in Jetty. And threads
   * that live on keep their per-thread buffers (analysis, JSON), so memory levels off under load.
   * Jetty's default pool (8 to 250 threads, retired after a minute idle) kept making fresh threads
   * that grew fresh buffers.
   */
  static final int THREADS = 32;

  private WebServer() {}

  /**
   * @param webDir folder with the page ({@code web/}); served at {@code /}
   */
  public static Javalin create(KnowledgeBase kb, Path webDir) {
    return create(kb, webDir, ServerOptions.defaults());
  }

  public static Javalin create(KnowledgeBase kb, Path webDir, ServerOptions options) {
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              org.eclipse.jetty.util.thread.QueuedThreadPool threads =
                  new org.eclipse.jetty.util.thread.QueuedThreadPool(THREADS, THREADS);
              threads.setName("precedent-http");
              config.jetty.threadPool = threads;
              config.http.defaultContentType = "application/json";
              config.http.maxRequestSize = options.maxBodyBytes();
              // Multipart uploads (ingestion) have their own, larger limit.
              config.jetty.multipartConfig.maxFileSize(
                  AdminRoutes.MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  AdminRoutes.MAX_UPLOAD + 1_000_000, io.javalin.config.SizeUnit.BYTES);
              // In-flight requests get this long to finish when the server is stopped (SIGTERM):
              // Jetty's graceful stop waits only for requests a StatisticsHandler counts, and
              // Javalin attaches its own handler inside this one.
              config.jetty.modifyServer(
                  server -> {
                    server.setHandler(new org.eclipse.jetty.server.handler.StatisticsHandler());
                    server.setStopTimeout(10_000);
                    server.setErrorHandler(new JsonErrorHandler());
                  });
              if (!options.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(
                    cors ->
                        options
                            .corsOrigins()
                            .forEach(
                                origin ->
                                    cors.addRule(
                                        rule -> {
                                          rule.allowHost(origin);
                                          // A page elsewhere may read whether an answer was kept.
                                          rule.exposeHeader(SearchAnswers.HEADER);
                                        })));
              }
              if (Files.isDirectory(webDir)) {
                config.staticFiles.add(
                    files -> {
                      files.hostedPath = "/";
                      files.directory = webDir.toAbsolutePath().toString();
                      files.location = Location.EXTERNAL;
                    });
              }
            });
    app.before(SecurityHeaders::apply);
    app.before("/api/*", QueryStrings::refuseMalformed);
    new CoreRoutes(kb).register(app);
    new AdminRoutes(kb, options.adminToken()).register(app);
    new SearchRoutes(kb, options.searchCacheBytes()).register(app);
    new CiteRoutes(kb).register(app);
    new CheckRoutes(kb).register(app);
    mapErrors(app);
    return app;
  }

  private static void mapErrors(Javalin app) {
    app.exception(
        ApiError.class,
        (e, ctx) -> ctx.status(e.status()).json(new ApiError.Body(e.getMessage(), e.detail())));
    app.exception(
        org.precedent.index.OverBudget.class,
        (e, ctx) ->
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .json(new ApiError.Body(e.getMessage(), e.detail())));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> ctx.status(e.getStatus()).json(new ApiError.Body(e.getMessage(), null)));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
          ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
              .json(new ApiError.Body("internal error; the request was not completed", null));
        });
    app.error(
        HttpStatus.NOT_FOUND,
        ctx -> {
          if (!ctx.path().startsWith("/api/provisions/")
              && !ctx.path().startsWith("/api/instruments/")) {
            ctx.json(new ApiError.Body("no such route: " + ctx.method() + " " + ctx.path(), null));
          }
        });
  }
}
