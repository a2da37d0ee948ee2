package org.precedent.bench;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Provision;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.server.WebServer;

/**
 * Bounded load test on loopback: the real server over the shipped corpus, {@code connections}
 * clients for {@code seconds}, mixed search/cite/check, a warm-up run and two measured runs with
 * the heap after a full GC measured after each (no growth expected between the measured runs). Fails on any error. Writes bench/LOAD.md.
 *
 * <p>Arguments (all optional): seconds (60), connections (64), output file (bench/LOAD.md), measured
 * runs after the warm-up (2).
 */
public final class LoadMain {
  private static final Pattern CITING =
      Pattern.compile("(?i)\\b(article|paragraph|resolution|protocol|convention)\\b");

  private LoadMain() {}

  @SuppressForbidden(reason = "a command-line harness reports progress")
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    Path output = Path.of(args.length > 2 ? args[2] : "bench/LOAD.md");
    int measured = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Path corpusDir = Path.of("corpus");
    Path indexRoot = Files.createTempDirectory("precedent-load");
    Corpus corpus = Corpus.load(corpusDir);
    new Indexer(new IndexStore(indexRoot)).build(corpus, n -> {});
    LoadRun.Material material = material(corpus);
    StringBuilder md = header(seconds, connections, material);
    try (KnowledgeBase kb = KnowledgeBase.open(corpusDir, indexRoot)) {
      Javalin app = WebServer.create(kb, Path.of("web"));
      app.start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        try (LoadRun load = new LoadRun(base, material, connections)) {
          // Every request of the material once, then run 0 warms up the JIT; memory growth is
          // judged between the measured runs that follow.
          load.prime();
          System.out.println("primed: heap " + mib(heapAfterGc()));
          for (int run = 0; run <= measured; run++) {
            Map<LoadRun.Route, LoadRun.RouteFigures> figures = load.run(seconds);
            long heap = heapAfterGc();
            System.out.println("run " + run + ": " + figures + ", heap " + mib(heap));
            row(md, run, figures, heap, seconds);
          }
        }
      } finally {
        app.stop();
      }
    } finally {
      IndexingBench.delete(indexRoot);
    }
    Files.writeString(output, md.toString(), StandardCharsets.UTF_8);
    System.out.println(md);
  }

  private static LoadRun.Material material(Corpus corpus) {
    List<Provision> leaves = new ArrayList<>();
    for (Instrument instrument : corpus.instruments()) {
      for (Provision p : corpus.provisions(instrument.id())) {
        if (p.children().isEmpty() && p.text() != null && p.text().length() >= 80) {
          leaves.add(p);
        }
      }
    }
    leaves.sort(Comparator.comparing(p -> p.id().toString()));
    List<String> phrases = new ArrayList<>();
    for (String[] m : QueryBench.material(leaves, 500, 7L)) {
      phrases.add("\"" + m[2] + "\"");
    }
    List<String> paragraphs =
        leaves.stream().map(Provision::text).filter(t -> t.length() <= 4_000).toList();
    List<String> citing = paragraphs.stream().filter(t -> CITING.matcher(t).find()).toList();
    return new LoadRun.Material(phrases, citing.isEmpty() ? paragraphs : citing, paragraphs);
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static StringBuilder header(int seconds, int connections, LoadRun.Material m) {
    StringBuilder md = new StringBuilder("# Load test\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Run: %s UTC, %d cores, %d MiB max heap, %s %s, %s.%n%n",
            LocalDate.now(ZoneOffset.UTC),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            ManagementFactory.getRuntimeMXBean().getVmName(),
            System.getProperty("java.version"),
            System.getProperty("os.name") + " " + System.getProperty("os.arch")));
    md.append(
        String.format(
            Locale.ROOT,
            "The real server (WebServer over the shipped corpus, index built into a temporary folder)"
                + " on 127.0.0.1, port 0; %d concurrent HTTP/1.1 connections for %d s, requests sent"
                + " back to back in rotation: GET /api/search (%d quoted three-word phrases from corpus"
                + " provisions), POST /api/cite (%d corpus paragraphs naming an article, paragraph,"
                + " resolution, protocol or convention), POST /api/check (%d corpus paragraphs). An"
                + " error is a non-2xx answer or an exception; any error fails the run. First every"
                + " phrase and text is sent once (the server's bounded caches then hold what the runs"
                + " ask for), then timed runs follow in one JVM: run 0 warms up the JIT, the later"
                + " ones are compared. One HTTP client and one set of client threads serve every run,"
                + " so heap growth between runs is the server's. Heap = used heap after System.gc()"
                + " (MemoryMXBean) after each run.%n%n",
            connections,
            seconds,
            m.phrases().size(),
            m.citeTexts().size(),
            m.checkTexts().size()));
    md.append("Run it: `bench/load [seconds] [connections] [output] [measured runs]`.\n\n");
    md.append("| run | route | requests | errors | req/s | p50 ms | p99 ms | max ms | heap after GC |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    return md;
  }

  private static void row(
      StringBuilder md, int run, Map<LoadRun.Route, LoadRun.RouteFigures> figures, long heap, int s) {
    for (Map.Entry<LoadRun.Route, LoadRun.RouteFigures> e : figures.entrySet()) {
      LoadRun.RouteFigures f = e.getValue();
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |%n",
              run,
              e.getKey().label,
              f.requests(),
              f.errors(),
              f.requests() / (double) s,
              f.latencyMs().median(),
              f.latencyMs().p99(),
              f.latencyMs().max(),
              mib(heap)));
    }
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }

}
