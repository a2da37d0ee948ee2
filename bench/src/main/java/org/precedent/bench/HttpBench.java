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
import java.util.function.IntFunction;
import org.precedent.KnowledgeBase;
import org.precedent.search.SearchRequest;
import org.precedent.search.SearchResult;
import org.precedent.server.ServerOptions;
import org.precedent.server.WebServer;

/**
 * Workload 4: {@code /api/search} over loopback under concurrent load, against the ceiling of a
 * no-op route served by the same app (same Jetty, same filters), both driven by the same bounded
 * client for the same time. Two more routes of the same app say what lies between the two: one
 * sends real search answers stored as bytes (what an answer's size costs the server and the
 * client), the other serialises the same answers' result objects per request (adding the JSON
 * writing). What the search route needs beyond the second is the search itself.
 *
 * <p>The search route is loaded twice: as served, keeping answers for repeated searches, and with
 * no answers kept, so that every request is searched. The material repeats its queries (two
 * thousand of them, each connection walking them from its own place), as users repeat theirs; the
 * share of requests answered from kept answers is counted from the {@code X-Cache} header.
 */
final class HttpBench {
  /** Requests per second and latency of one load run. */
  record Load(double perSecond, Stats latencyMs, long requests, long errors, long kept) {
    /** Share of the requests answered from kept answers ({@code X-Cache: hit}). */
    double keptShare() {
      return requests == 0 ? 0 : kept / (double) requests;
    }
  }

  /** One load run of each route, and the median size of the stored answers. */
  record Runs(
      Load search, Load searchUncached, Load noop, Load stored, Load serialised, int answerBytes) {}

  /** Answers stored for the two fixed-answer routes: the first queries of the material. */
  static final int ANSWERS = 16;

  /** Untimed load on each route before any is timed. */
  static final int WARM_UP_SECONDS = 3;

  private HttpBench() {}

  static Runs searchVersusNoop(KnowledgeBase kb, List<String[]> material, int connections, int seconds)
      throws Exception {
    Javalin app = WebServer.create(kb, Path.of("web"));
    Javalin uncachedApp = WebServer.create(kb, Path.of("web"), ServerOptions.defaults().withSearchCache(0));
    app.get("/bench/noop", ctx -> ctx.result("{}"));
    List<SearchResult> results = new ArrayList<>();
    List<byte[]> answers = new ArrayList<>();
    app.get("/bench/stored", ctx -> ctx.contentType("application/json").result(answers.get(index(ctx))));
    app.get("/bench/serialised", ctx -> ctx.json(results.get(index(ctx))));
    app.start("127.0.0.1", 0);
    uncachedApp.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      String uncachedBase = "http://127.0.0.1:" + uncachedApp.port();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int i = 0; i < ANSWERS; i++) {
        String q = material.get(i % material.size())[0];
        results.add(kb.search(SearchRequest.of(q)));
        answers.add(
            client.send(HttpRequest.newBuilder(URI.create(searchUrl(base, q))).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body());
      }
      List<IntFunction<String>> routes =
          List.of(
              i -> base + "/bench/noop",
              i -> base + "/bench/stored?i=" + i % ANSWERS,
              i -> base + "/bench/serialised?i=" + i % ANSWERS,
              i -> searchUrl(base, material.get(i % material.size())[0]),
              i -> searchUrl(uncachedBase, material.get(i % material.size())[0]));
      // Untimed first, the search first, as it has the most code to compile: whichever route ran
      // first was otherwise timed while Jetty's and the client's code still compiled (at 10k the
      // no-op route, first, answered about two thirds as fast as the stored answers after it).
      for (int r = routes.size() - 1; r >= 0; r--) {
        load(routes.get(r), connections, WARM_UP_SECONDS);
      }
      Load noop = load(routes.get(0), connections, seconds);
      Load stored = load(routes.get(1), connections, seconds);
      Load serialised = load(routes.get(2), connections, seconds);
      Load search = load(routes.get(3), connections, seconds);
      Load searchUncached = load(routes.get(4), connections, seconds);
      int[] sizes = answers.stream().mapToInt(a -> a.length).sorted().toArray();
      return new Runs(search, searchUncached, noop, stored, serialised, sizes[sizes.length / 2]);
    } finally {
      app.stop();
      uncachedApp.stop();
    }
  }

  private static int index(io.javalin.http.Context ctx) {
    return Integer.parseInt(ctx.queryParam("i"));
  }

  private static String searchUrl(String base, String q) {
    return base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /** Each connection sends requests back to back until the time is up. */
  static Load load(IntFunction<String> url, int connections, int seconds) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong kept = new AtomicLong();
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
                  if (r.headers().firstValue("X-Cache").filter("hit"::equals).isPresent()) {
                    kept.incrementAndGet();
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
    return new Load(all.size() / (double) seconds, Stats.of(all), all.size(), errors.get(), kept.get());
  }
}
