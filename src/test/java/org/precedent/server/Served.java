package org.precedent.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.precedent.KnowledgeBase;
import org.precedent.search.Fixture;
import org.precedent.testing.Folders;
import org.precedent.testing.Http;

/**
 * A fixture corpus indexed into a temporary folder and served on a free port for one test class:
 * {@code @RegisterExtension static final Served SERVED = Served.fixture();}, then {@code
 * SERVED.http().get(...)}. Stopped, closed and deleted after the class's tests.
 */
final class Served implements BeforeAllCallback, AfterAllCallback {
  private final Function<Path, KnowledgeBase> open;
  private final Path web;
  private final Consumer<Javalin> routes;
  private Path folder;
  private KnowledgeBase kb;
  private Javalin app;
  private Http http;

  /**
   * {@code open} builds the knowledge base under the folder it is given; {@code web} is the page's
   * folder (null: none); {@code routes} adds routes of the test's own before the server starts.
   */
  Served(Function<Path, KnowledgeBase> open, Path web, Consumer<Javalin> routes) {
    this.open = open;
    this.web = web;
    this.routes = routes;
  }

  /** The search fixture corpus ({@link Fixture}) with the page's files. */
  static Served fixture() {
    return new Served(Fixture::open, Path.of("web"), app -> {});
  }

  /** {@code open}'s knowledge base, served without the page. */
  static Served api(Function<Path, KnowledgeBase> open) {
    return new Served(open, null, app -> {});
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("precedent-served");
    kb = open.apply(folder);
    app = WebServer.create(kb, web != null ? web : folder.resolve("no-page"));
    routes.accept(app);
    app.start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (app != null) {
        app.stop();
      }
      if (kb != null) {
        kb.close();
      }
    } finally {
      Folders.delete(folder);
    }
  }

  KnowledgeBase kb() {
    return kb;
  }

  Javalin app() {
    return app;
  }

  Http http() {
    return http;
  }
}
