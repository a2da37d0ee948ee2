package org.precedent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded load runs over loopback: {@code connections} clients send mixed search, cite and check
 * requests back to back until the time is up. An error is a non-2xx answer or an exception. One
 * HTTP client and one pool of client threads serve every run, so the client's own state is the same
 * from run to run and heap growth between runs is the server's.
 */
final class LoadRun implements AutoCloseable {
  enum Route {
    SEARCH("GET /api/search"),
    CITE("POST /api/cite"),
    CHECK("POST /api/check");

    final String label;

    Route(String label) {
      this.label = label;
    }
  }

  /** Figures of one route in one run. */
  record RouteFigures(long requests, long errors, Stats latencyMs) {}

  /** Real phrases to search and real paragraphs to cite and check. */
  record Material(List<String> phrases, List<String> citeTexts, List<String> checkTexts) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String base;
  private final Material material;
  private final int connections;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final ExecutorService pool;

  LoadRun(String base, Material material, int connections) {
    this.base = base;
    this.material = material;
    this.connections = connections;
    this.pool = Executors.newFixedThreadPool(connections);
  }

  /**
   * Sends every phrase, cite text and check text once, spread over the connections: the server's
   * bounded caches (decoded and normalised provisions) then hold what the timed runs will ask for,
   * so a later difference in heap is growth, not a cache still filling.
   */
  void prime() throws Exception {
    List<Future<?>> futures = new ArrayList<>();
    int[] sizes = {
      material.phrases().size(), material.citeTexts().size(), material.checkTexts().size()
    };
    for (int c = 0; c < connections; c++) {
      int worker = c;
      futures.add(
          pool.submit(
              () -> {
                for (Route route : Route.values()) {
                  for (int i = worker; i < sizes[route.ordinal()]; i += connections) {
                    HttpResponse<String> r =
                        client.send(
                            request(base, route, material, i), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 != 2) {
                      throw new IllegalStateException(route + " " + r.statusCode() + " " + r.body());
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
  }

  Map<Route, RouteFigures> run(int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Map<Route, ConcurrentLinkedQueue<Double>> latencies = new EnumMap<>(Route.class);
    Map<Route, AtomicLong> errors = new EnumMap<>(Route.class);
    for (Route r : Route.values()) {
      latencies.put(r, new ConcurrentLinkedQueue<>());
      errors.put(r, new AtomicLong());
    }
    ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int offset = c * 7919;
      futures.add(
          pool.submit(
              () -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                  Route route = Route.values()[i % 3];
                  long start = System.nanoTime();
                  try {
                    HttpResponse<String> r =
                        client.send(request(base, route, material, i), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 != 2) {
                      errors.get(route).incrementAndGet();
                      note(firstErrors, route + " " + r.statusCode() + " " + r.body());
                    }
                  } catch (Exception e) {
                    errors.get(route).incrementAndGet();
                    note(firstErrors, route + " " + e);
                  }
                  latencies.get(route).add((System.nanoTime() - start) / 1e6);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    Map<Route, RouteFigures> out = new EnumMap<>(Route.class);
    for (Route r : Route.values()) {
      List<Double> ms = new ArrayList<>(latencies.get(r));
      out.put(r, new RouteFigures(ms.size(), errors.get(r).get(), Stats.of(ms)));
    }
    if (!firstErrors.isEmpty()) {
      throw new IllegalStateException("errors under load, first ones: " + firstErrors);
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static void note(ConcurrentLinkedQueue<String> firstErrors, String what) {
    if (firstErrors.size() < 5) {
      firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
    }
  }

  private static HttpRequest request(String base, Route route, Material m, int i) throws Exception {
    return switch (route) {
      case SEARCH ->
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "/api/search?q="
                          + URLEncoder.encode(
                              m.phrases().get(i % m.phrases().size()), StandardCharsets.UTF_8)))
              .timeout(TIMEOUT)
              .build();
      case CITE -> post(base + "/api/cite", m.citeTexts().get(i % m.citeTexts().size()));
      case CHECK -> post(base + "/api/check", m.checkTexts().get(i % m.checkTexts().size()));
    };
  }

  private static HttpRequest post(String url, String text) throws Exception {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))))
        .build();
  }
}
