package org.precedent.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * {@code bench/pair}: two builds of the product compared in one JVM, each from its own class
 * loader, their passes interleaved. On this shared machine the speed of one run drifts by a third
 * or more from the next, which hides a change of a few per cent between separate runs; within one
 * JVM, round by round, both builds meet the same machine, and the ratio of each round's two times
 * is what is reported.
 *
 * <p>Each build is a checkout with {@code target/precedent.jar} built. Two passes can be compared:
 *
 * <ul>
 *   <li>{@code cite} (workload 5): the shipped corpus's provisions in 64,000-character requests, as
 *       {@link CiteBench#chunks} cuts them, cited over an index of that corpus ({@code ./precedent
 *       index}); the time is the calling thread's CPU time.
 *   <li>{@code search} (workloads 3 and 4): {@link #SEARCHES} searches over the index of the
 *       shipped corpus, each a word or three words in quotes taken from a provision, as the
 *       server answers them (a page of ten hits with snippets, and facets); the time is the
 *       process's CPU time.
 *   <li>{@code index} (workload 2): the shipped corpus's provisions, {@link #INDEX_COPIES} times
 *       over, written by one writer thread into a new index, merged and published, as {@code
 *       ./precedent index} does; the time is the process's CPU time, since the writer works on a
 *       thread of its own.
 * </ul>
 */
public final class PairMain {
  private static final long WARM_UP_NANOS = 20_000_000_000L;

  /** Copies of the shipped corpus an index pass writes: about 20,000 provisions. */
  static final int INDEX_COPIES = 5;

  /** Searches a search pass asks: half words, half phrases of three words. */
  static final int SEARCHES = 400;

  private PairMain() {}

  /** One timed pass of a build: what it did, in units of the pass (citations, provisions). */
  private interface Pass {
    int run() throws Exception;
  }

  /** One build's corpus, reached through its own class loader. */
  private static final class Build {
    private final Path checkout;
    private final ClassLoader loader;
    private final Object corpus;

    Build(Path checkout) throws Exception {
      this.checkout = checkout;
      Path jar = checkout.resolve("target/precedent.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no " + jar + ": build it with mvn package");
      }
      loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      corpus =
          loader
              .loadClass("org.precedent.corpus.Corpus")
              .getMethod("load", Path.class)
              .invoke(null, checkout.resolve("corpus"));
    }

    private List<?> provisions() throws Exception {
      return (List<?>) corpus.getClass().getMethod("allProvisions").invoke(corpus);
    }

    /** Cites the whole corpus's text; the citations found. */
    Pass cite() throws Exception {
      List<String> texts = new ArrayList<>();
      for (Object provision : provisions()) {
        texts.add((String) provision.getClass().getMethod("text").invoke(provision));
      }
      List<String> chunks = CiteBench.chunks(texts);
      Class<?> kbClass = loader.loadClass("org.precedent.KnowledgeBase");
      Object kb =
          kbClass
              .getMethod("open", Path.class, Path.class)
              .invoke(null, checkout.resolve("corpus"), checkout.resolve("index"));
      Method cite = kbClass.getMethod("cite", String.class);
      Method citations = loader.loadClass("org.precedent.cite.CiteResult").getMethod("citations");
      return () -> {
        int n = 0;
        for (String c : chunks) {
          n += ((List<?>) citations.invoke(cite.invoke(kb, c))).size();
        }
        return n;
      };
    }

    /** Searches words and phrases of the corpus's own text; the hits shown. */
    Pass search() throws Exception {
      List<String> queries = new ArrayList<>();
      List<?> provisions = provisions();
      int step = Math.max(1, provisions.size() / (SEARCHES / 2));
      for (int i = 0; i < provisions.size() && queries.size() < SEARCHES; i += step) {
        String text = (String) provisions.get(i).getClass().getMethod("text").invoke(provisions.get(i));
        String[] words = text.split("[^\\p{L}]+");
        int from = words.length / 2;
        if (from + 3 > words.length || words[from].isEmpty()) {
          continue;
        }
        String longest = Arrays.stream(words).reduce("", (a, b) -> b.length() > a.length() ? b : a);
        queries.add(longest);
        queries.add('"' + String.join(" ", Arrays.asList(words).subList(from, from + 3)) + '"');
      }
      Class<?> kbClass = loader.loadClass("org.precedent.KnowledgeBase");
      Object kb =
          kbClass
              .getMethod("open", Path.class, Path.class)
              .invoke(null, checkout.resolve("corpus"), checkout.resolve("index"));
      Class<?> requestClass = loader.loadClass("org.precedent.search.SearchRequest");
      Method of = requestClass.getMethod("of", String.class);
      Method search = kbClass.getMethod("search", requestClass);
      Method hits = loader.loadClass("org.precedent.search.SearchResult").getMethod("hits");
      return () -> {
        int n = 0;
        for (String q : queries) {
          n += ((List<?>) hits.invoke(search.invoke(kb, of.invoke(null, q)))).size();
        }
        return n;
      };
    }

    /** Indexes the corpus {@link #INDEX_COPIES} times over into a new index; the provisions. */
    Pass index() throws Exception {
      Class<?> entryClass = loader.loadClass("org.precedent.index.Indexer$Entry");
      Class<?> instrumentClass = loader.loadClass("org.precedent.corpus.Instrument");
      Class<?> provisionClass = loader.loadClass("org.precedent.corpus.Provision");
      Constructor<?> entry = entryClass.getConstructor(instrumentClass, provisionClass);
      Method instrument = corpus.getClass().getMethod("instrument", String.class);
      List<Object> entries = new ArrayList<>();
      for (int copy = 0; copy < INDEX_COPIES; copy++) {
        for (Object provision : provisions()) {
          String id = (String) provisionClass.getMethod("instrument").invoke(provision);
          Object owner = ((java.util.Optional<?>) instrument.invoke(corpus, id)).orElseThrow();
          entries.add(entry.newInstance(owner, provision));
        }
      }
      Class<?> storeClass = loader.loadClass("org.precedent.index.IndexStore");
      Class<?> indexerClass = loader.loadClass("org.precedent.index.Indexer");
      Method build =
          indexerClass.getMethod("build", List.class, String.class, int.class, IntConsumer.class);
      IntConsumer quiet = n -> {};
      return () -> {
        Path root = Files.createTempDirectory("precedent-pair-index");
        try {
          Object store = storeClass.getConstructor(Path.class).newInstance(root);
          Object indexer = indexerClass.getConstructor(storeClass).newInstance(store);
          build.invoke(indexer, entries, "pair", 1, quiet);
        } finally {
          IndexingBench.delete(root);
        }
        return entries.size();
      };
    }
  }

  /** CPU time so far of what a pass runs on: the calling thread, or the whole process. */
  private static long cpuNanos(boolean process) {
    if (process) {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.getCurrentThreadCpuTime();
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: bench/pair BEFORE AFTER [ROUNDS, default 30] [cite|search|index]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String workload = args.length > 3 ? args[3] : "cite";
    Pass before = pass(new Build(Path.of(args[0])), workload);
    Pass after = pass(new Build(Path.of(args[1])), workload);
    boolean process = !workload.equals("cite");
    int passesPerRound = workload.equals("index") ? 1 : 5;
    long until = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < until) {
      before.run();
      after.run();
    }
    double[] beforeMs = new double[rounds];
    double[] afterMs = new double[rounds];
    double[] ratio = new double[rounds];
    int[] done = new int[2];
    for (int r = 0; r < rounds; r++) {
      // Alternate which build goes first, so neither always runs on a machine the other warmed.
      for (int turn = 0; turn < 2; turn++) {
        boolean isBefore = (turn == 0) == (r % 2 == 0);
        Pass pass = isBefore ? before : after;
        long start = cpuNanos(process);
        int n = 0;
        for (int p = 0; p < passesPerRound; p++) {
          n = pass.run();
        }
        double ms = (cpuNanos(process) - start) / 1e6 / passesPerRound;
        (isBefore ? beforeMs : afterMs)[r] = ms;
        done[isBefore ? 0 : 1] = n;
      }
      ratio[r] = afterMs[r] / beforeMs[r];
    }
    Arrays.sort(beforeMs);
    Arrays.sort(afterMs);
    Arrays.sort(ratio);
    String unit =
        switch (workload) {
          case "index" -> "provisions";
          case "search" -> "hits";
          default -> "citations";
        };
    System.out.printf(
        Locale.ROOT,
        "before: %.2f ms a pass (%,.0f %s/s), %d %s%n"
            + "after:  %.2f ms a pass (%,.0f %s/s), %d %s%n"
            + "after / before, per round: median %.3f (quartiles %.3f-%.3f) over %d rounds%n",
        beforeMs[rounds / 2],
        done[0] / beforeMs[rounds / 2] * 1000,
        unit,
        done[0],
        unit,
        afterMs[rounds / 2],
        done[1] / afterMs[rounds / 2] * 1000,
        unit,
        done[1],
        unit,
        ratio[rounds / 2],
        ratio[rounds / 4],
        ratio[3 * rounds / 4],
        rounds);
  }

  private static Pass pass(Build build, String workload) throws Exception {
    return switch (workload) {
      case "cite" -> build.cite();
      case "search" -> build.search();
      case "index" -> build.index();
      default -> throw new IllegalArgumentException("unknown pass " + workload + ": cite, search or index");
    };
  }
}
