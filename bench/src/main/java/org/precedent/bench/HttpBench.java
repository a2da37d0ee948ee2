package org.precedent.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.precedent.KnowledgeBase;
import org.precedent.server.WebServer;

/**
 * Workload 4: {@code /api/search} over loopback under concurrent load, against the ceiling of a
 * no-op route served by the same app (same Jetty, same filters), both driven by the same bounded
 * client for the same time.
 */
final class HttpBench {
  /** Requests per second and latency of one load run. */
  record Load(double perSecond, Stats latencyMs, long errors) {}

  private HttpBench() {}

  static Load[] searchVersusNoop(KnowledgeBase kb, List<String[]> material, int connections, int seconds)
      throws Exception {
    Javalin app = WebServer.create(kb, Path.of("web"));
    app.get("/bench/noop", ctx -> ctx.result("{}"));
    app.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      Load noop = load(i -> base + "/bench/noop", connections, seconds);
      Load search =
          load(
              i -> base + "/api/search?q=" + URLEncoder.encode(material.get(i % material.size())[0], StandardCharsets.UTF_8),
              connections,
              seconds);
      return new Load[] {search, noop};
    } finally {
      app.stop();
    }
  }

  /** Each connection sends requests back to back until the time is up. */
  static Load load(java.util.function.IntFunction<String> url, int connections, int seconds) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<List<Double>>> futures = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int offset = c * 7919;
      futures.add(
          pool.submit(
              () -> {
                List<Double> ms = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                  long start = System.nanoTime();
                  HttpResponse<Void> r =
                      client.send(HttpRequest.newBuilder(URI.create(url.apply(i))).build(), HttpResponse.BodyHandlers.discarding());
                  ms.add((System.nanoTime() - start) / 1e6);
                  if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                  }
                }
                return ms;
              }));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return new Load(all.size() / (double) seconds, Stats.of(all), errors.get());
  }
}
