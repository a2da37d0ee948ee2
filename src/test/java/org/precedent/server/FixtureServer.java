package org.precedent.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.precedent.search.Fixture;
import org.precedent.testing.Http;

/** The search fixture corpus indexed under {@code indexRoot} and served on a free port. */
record FixtureServer(KnowledgeBase kb, Javalin app, Http http) implements AutoCloseable {
  static FixtureServer start(Path indexRoot) {
    KnowledgeBase kb = Fixture.open(indexRoot);
    Javalin app = WebServer.create(kb, Path.of("web")).start("127.0.0.1", 0);
    return new FixtureServer(kb, app, new Http(app.port()));
  }

  @Override
  public void close() throws IOException {
    app.stop();
    kb.close();
  }
}
