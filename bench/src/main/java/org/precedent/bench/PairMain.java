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
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

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
 *   <li>{@code check} (workload 6): {@code bench/pair BEFORE AFTER ROUNDS check SIZE INDEX}. A
 *       100-paragraph draft never checked before each round, the same for both builds, over an
 *       index of the synthetic corpus of {@code SIZE} provisions that {@code bench/run --keep}
 *       built ({@code INDEX} is its {@code DIR/SIZE}); the drafts are those {@link CheckBench}
 *       makes. Its warm-up checks other drafts. The time is the CPU time of all the JVM's threads,
 *       since a check runs its segments on two; a build's candidate caches are its own.
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

    /**
     * Check passes over one knowledge base, so that the warm-up readies the caches and code the
     * timed checks use: each run checks the next of its drafts, starting again at the first past
     * the last, and counts the segments checked.
     */
    CheckPasses check(CheckWork work) throws Exception {
      Class<?> kbClass = loader.loadClass("org.precedent.KnowledgeBase");
      Object kb =
          kbClass
              .getMethod("open", Path.class, Path.class)
              .invoke(null, work.manifest(), work.index());
      Class<?> requestClass = loader.loadClass("org.precedent.match.CheckRequest");
      Constructor<?> request = requestClass.getConstructor(String.class, List.class, List.class);
      Method check = kbClass.getMethod("check", requestClass);
      Method segments = loader.loadClass("org.precedent.match.CheckReport").getMethod("segments");
      Function<List<String>, Pass> over =
          drafts -> {
            int[] next = {0};
            return () -> {
              String draft = drafts.get(next[0]++ % drafts.size());
              Object report = check.invoke(kb, request.newInstance(draft, List.of(), List.of()));
              return ((List<?>) segments.invoke(report)).size();
            };
          };
      return new CheckPasses(over.apply(work.warmUp()), over.apply(work.timed()));
    }
  }

  /** A build's check passes: the warm-up's drafts and the timed ones, over one knowledge base. */
  private record CheckPasses(Pass warmUp, Pass timed) {}

  /**
   * What a check pass needs of the run, made once for both builds: the synthetic corpus's
   * manifest, the kept index built from it, the drafts to warm up on and the drafts to time.
   */
  private record CheckWork(Path manifest, Path index, List<String> warmUp, List<String> timed) {
    static CheckWork of(int size, Path index, int rounds) throws Exception {
      Corpus real = Corpus.load(Path.of("corpus"));
      SyntheticCorpus synthetic =
          new SyntheticCorpus(real.allProvisions(), size, SyntheticCorpus.RUN_SEED);
      List<Indexer.Entry> entries = new ArrayList<>(size);
      synthetic.iterator().forEachRemaining(entries::add);
      Path manifest = SyntheticManifest.write(synthetic);
      String snapshot = Corpus.snapshotOf(manifest);
      if (Indexer.publishedSnapshot(new IndexStore(index)).filter(snapshot::equals).isEmpty()) {
        throw new IllegalArgumentException(index + " holds no index of the synthetic corpus of "
            + size + " provisions: build it with bench/run --sizes " + size + " --keep DIR");
      }
      List<String> timed =
          CheckBench.drafts(entries, rounds).stream().map(CheckBench.Draft::text).toList();
      List<String> warmUp =
          CheckBench.warmUpDrafts(entries, rounds).stream().map(CheckBench.Draft::text).toList();
      return new CheckWork(manifest, index, warmUp, timed);
    }
  }

  /** What a pass's CPU time is counted on. */
  private enum Counted {
    /** The calling thread alone. */
    THREAD,
    /** The process, as the system counts it: in clock ticks of 10 ms. */
    PROCESS,
    /**
     * Every live Java thread, to the nanosecond: a check's two threads (the collector's and the
     * compiler's are not among them). The process count's tick of 10 ms is a few per cent of a
     * check.
     */
    THREADS
  }

  /** CPU time so far of what a pass runs on. */
  private static long cpuNanos(Counted counted) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return switch (counted) {
      case THREAD -> threads.getCurrentThreadCpuTime();
      case PROCESS ->
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      case THREADS ->
          Arrays.stream(
                  ((com.sun.management.ThreadMXBean) threads)
                      .getThreadCpuTime(threads.getAllThreadIds()))
              .filter(t -> t > 0)
              .sum();
    };
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: bench/pair BEFORE AFTER [ROUNDS, default 30] [cite|search|index|check SIZE INDEX]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String workload = args.length > 3 ? args[3] : "cite";
    Build first = new Build(Path.of(args[0]));
    Build second = new Build(Path.of(args[1]));
    Pass before;
    Pass after;
    Pass beforeWarm;
    Pass afterWarm;
    Path manifest = null;
    if (workload.equals("check")) {
      if (args.length < 6) {
        throw new IllegalArgumentException("check needs SIZE and INDEX: see bench/README.md");
      }
      CheckWork work = CheckWork.of(Integer.parseInt(args[4]), Path.of(args[5]), rounds);
      CheckPasses firstChecks = first.check(work);
      CheckPasses secondChecks = second.check(work);
      before = firstChecks.timed();
      after = secondChecks.timed();
      beforeWarm = firstChecks.warmUp();
      afterWarm = secondChecks.warmUp();
      System.gc(); // the synthetic corpus the drafts came from is no longer held
      manifest = work.manifest();
    } else {
      before = pass(first, workload);
      after = pass(second, workload);
      beforeWarm = before;
      afterWarm = after;
    }
    Counted counted =
        switch (workload) {
          case "cite" -> Counted.THREAD;
          case "check" -> Counted.THREADS;
          default -> Counted.PROCESS;
        };
    int passesPerRound = workload.equals("index") || workload.equals("check") ? 1 : 5;
    long until = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < until) {
      beforeWarm.run();
      afterWarm.run();
    }
    double[] beforeMs = new double[rounds];
    double[] afterMs = new double[rounds];
    double[] ratio = new double[rounds];
    double[] beforeWall = new double[rounds];
    double[] afterWall = new double[rounds];
    int[] done = new int[2];
    for (int r = 0; r < rounds; r++) {
      // Alternate which build goes first, so neither always runs on a machine the other warmed.
      for (int turn = 0; turn < 2; turn++) {
        boolean isBefore = (turn == 0) == (r % 2 == 0);
        Pass pass = isBefore ? before : after;
        long start = cpuNanos(counted);
        long wallStart = System.nanoTime();
        int n = 0;
        for (int p = 0; p < passesPerRound; p++) {
          n = pass.run();
        }
        double ms = (cpuNanos(counted) - start) / 1e6 / passesPerRound;
        (isBefore ? beforeMs : afterMs)[r] = ms;
        double wallMs = (System.nanoTime() - wallStart) / 1e6 / passesPerRound;
        (isBefore ? beforeWall : afterWall)[r] = wallMs;
        done[isBefore ? 0 : 1] = n;
      }
      ratio[r] = afterMs[r] / beforeMs[r];
    }
    if (manifest != null) {
      IndexingBench.delete(manifest);
    }
    Arrays.sort(beforeMs);
    Arrays.sort(afterMs);
    Arrays.sort(ratio);
    Arrays.sort(beforeWall);
    Arrays.sort(afterWall);
    String unit =
        switch (workload) {
          case "index" -> "provisions";
          case "search" -> "hits";
          case "check" -> "segments";
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
    if (workload.equals("check")) {
      // The target is the time a user waits; the CPU time above moves less with other load.
      System.out.printf(
          Locale.ROOT,
          "wall time a check, median: before %.1f ms, after %.1f ms%n",
          beforeWall[rounds / 2],
          afterWall[rounds / 2]);
    }
  }

  private static Pass pass(Build build, String workload) throws Exception {
    return switch (workload) {
      case "cite" -> build.cite();
      case "search" -> build.search();
      case "index" -> build.index();
      default ->
          throw new IllegalArgumentException(
              "unknown pass " + workload + ": cite, search, index or check");
    };
  }
}
