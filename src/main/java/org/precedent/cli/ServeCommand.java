package org.precedent.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Manifest;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.index.ProvisionIndex;
import org.precedent.server.ServerOptions;
import org.precedent.server.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code precedent serve}: index if stale, then serve the API and page. The index is opened once,
 * checked against the corpus snapshot and served; a stale one is rebuilt first, never served.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the API and web page (indexes first if needed).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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

  @Option(
      names = "--search-cache-mb",
      description =
          "megabytes of search answers kept for repeated searches (default: ${DEFAULT-VALUE}; 0"
              + " keeps none)")
  long searchCacheMegabytes = ServerOptions.DEFAULT_SEARCH_CACHE >> 20;

  /** 16 GB: past any heap this server is meant for, short of a size that would overflow. */
  static final long MAX_SEARCH_CACHE_MB = 16_384;

  /** A knowledge base and the app serving it, listening. */
  record Running(KnowledgeBase kb, Javalin app) {
    /** Stops accepting, lets in-flight requests finish, then closes the index. */
    void stop() throws java.io.IOException {
      app.stop();
      kb.close();
    }
  }

  @Override
  @SuppressForbidden(reason = "tells the user where the server listens")
  public Integer call() throws Exception {
    if (searchCacheMegabytes < 0 || searchCacheMegabytes > MAX_SEARCH_CACHE_MB) {
      throw new ParameterException(
          spec.commandLine(),
          "--search-cache-mb must be between 0 and "
              + MAX_SEARCH_CACHE_MB
              + ": "
              + searchCacheMegabytes);
    }
    // The admin token comes from the environment so it never shows in a process list.
    ServerOptions options =
        new ServerOptions(
            corsOrigins,
            java.util.Optional.ofNullable(System.getenv("PRECEDENT_ADMIN_TOKEN")),
            ServerOptions.DEFAULT_MAX_BODY,
            searchCacheMegabytes << 20);
    Running running = start(paths, web, options, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    running.stop();
                  } catch (java.io.IOException e) {
                    System.err.println("closing index: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    System.out.println(
        "Precedent serving "
            + running.kb().health().provisions()
            + " provisions on http://"
            + host
            + ":"
            + running.app().port()
            + "/");
    System.out.flush();
    stopped.await();
    return 0;
  }

  /** Indexes {@code paths.corpus} when the published index is stale, then serves it. */
  static Running start(Paths paths, Path web, ServerOptions options, String host, int port) {
    // The manifest (up to twenty thousand instruments) parses on another core while the corpus is
    // hashed and the index opened: the two took a second each, one after the other.
    CompletableFuture<Manifest> manifest =
        CompletableFuture.supplyAsync(() -> Manifest.read(paths.corpus));
    IndexStore store = new IndexStore(paths.index);
    ProvisionIndex index =
        Indexer.openIfCurrent(store, Corpus.snapshotOf(paths.corpus))
            .orElseGet(
                () -> {
                  IndexCommand.build(paths, false);
                  return ProvisionIndex.open(store);
                });
    KnowledgeBase kb;
    try {
      kb = KnowledgeBase.open(paths.corpus, store, index, manifest.join());
    } catch (CompletionException e) {
      try {
        index.close();
      } catch (java.io.IOException suppressed) {
        e.getCause().addSuppressed(suppressed);
      }
      // The manifest's own message says which entry or file to fix.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    // The ranking columns fill while the server starts, after the manifest has parsed: beside the
    // parse they slowed both, and left to the first search they add to the first answer.
    KnowledgeBase.prepareSearch(index);
    Javalin app = WebServer.create(kb, web, options);
    // Cite and check are prepared once the first request is answered, not before: on a small
    // machine, preparing beside the first search (a cold JVM) made that search twice as slow.
    app.after(ctx -> kb.prepareInBackground());
    app.start(host, port);
    return new Running(kb, app);
  }
}
