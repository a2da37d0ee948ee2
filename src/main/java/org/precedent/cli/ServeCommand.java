package org.precedent.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.server.ServerOptions;
import org.precedent.server.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code precedent serve}: index if stale, then serve the API and page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the API and web page (indexes first if needed).")
final class ServeCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "port (0 picks a free one; default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(
      names = "--web",
      defaultValue = "web",
      description = "page folder (default: ${DEFAULT-VALUE})")
  Path web;

  @Option(
      names = "--cors-origin",
      description = "an origin allowed to call the API from a browser (repeatable; default: none)")
  java.util.List<String> corsOrigins = new java.util.ArrayList<>();

  @Override
  @SuppressForbidden(reason = "tells the user where the server listens")
  public Integer call() throws Exception {
    IndexCommand.build(paths, true);
    KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index);
    // The admin token comes from the environment so it never shows in a process list.
    ServerOptions options =
        new ServerOptions(
            corsOrigins,
            java.util.Optional.ofNullable(System.getenv("PRECEDENT_ADMIN_TOKEN")),
            ServerOptions.DEFAULT_MAX_BODY);
    Javalin app = WebServer.create(kb, web, options);
    CountDownLatch stopped = new CountDownLatch(1);
    // Stop accepting, let in-flight requests finish, then close the index.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    kb.close();
                  } catch (java.io.IOException e) {
                    System.err.println("closing index: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    app.start(host, port);
    System.out.println(
        "Precedent serving "
            + kb.health().provisions()
            + " provisions on http://"
            + host
            + ":"
            + app.port()
            + "/");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
