package org.precedent.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/pair}: two builds of the product compared on workload 5's citation passes in one
 * JVM, each from its own class loader, their passes interleaved. On this shared machine the speed
 * of one run drifts by a third or more from the next, which hides a change of a few per cent between
 * separate runs; within one JVM, round by round, both builds meet the same machine, and the ratio
 * of each round's two times is what is reported.
 *
 * <p>Each build is a checkout with {@code target/precedent.jar} built and an index of its shipped
 * corpus ({@code ./precedent index}). The text is that corpus's provisions in 64,000-character
 * requests, as {@link CiteBench#chunks} cuts them; the time is the calling thread's CPU time.
 */
public final class CitePairMain {
  private static final int PASSES_PER_ROUND = 5;
  private static final long WARM_UP_NANOS = 20_000_000_000L;

  private CitePairMain() {}

  /** One build: its knowledge base and the text, all reached through its own class loader. */
  private static final class Build {
    private final Object kb;
    private final Method cite;
    private final Method citations;
    private final List<String> chunks;

    Build(Path checkout) throws Exception {
      Path jar = checkout.resolve("target/precedent.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no " + jar + ": build it with mvn package");
      }
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> corpusClass = loader.loadClass("org.precedent.corpus.Corpus");
      Object corpus = corpusClass.getMethod("load", Path.class).invoke(null, checkout.resolve("corpus"));
      List<String> texts = new ArrayList<>();
      for (Object provision : (List<?>) corpusClass.getMethod("allProvisions").invoke(corpus)) {
        texts.add((String) provision.getClass().getMethod("text").invoke(provision));
      }
      chunks = CiteBench.chunks(texts);
      Class<?> kbClass = loader.loadClass("org.precedent.KnowledgeBase");
      kb =
          kbClass
              .getMethod("open", Path.class, Path.class)
              .invoke(null, checkout.resolve("corpus"), checkout.resolve("index"));
      cite = kbClass.getMethod("cite", String.class);
      citations = loader.loadClass("org.precedent.cite.CiteResult").getMethod("citations");
    }

    /** Citations found in one pass over the text. */
    int pass() throws Exception {
      int n = 0;
      for (String c : chunks) {
        n += ((List<?>) citations.invoke(cite.invoke(kb, c))).size();
      }
      return n;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: bench/pair BEFORE AFTER [ROUNDS, default 30]");
      System.exit(2);
    }
    Build before = new Build(Path.of(args[0]));
    Build after = new Build(Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long until = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < until) {
      before.pass();
      after.pass();
    }
    double[] beforeMs = new double[rounds];
    double[] afterMs = new double[rounds];
    double[] ratio = new double[rounds];
    int[] found = new int[2];
    for (int r = 0; r < rounds; r++) {
      // Alternate which build goes first, so neither always runs on a machine the other warmed.
      for (int turn = 0; turn < 2; turn++) {
        boolean isBefore = (turn == 0) == (r % 2 == 0);
        Build build = isBefore ? before : after;
        long start = cpu.getCurrentThreadCpuTime();
        int n = 0;
        for (int p = 0; p < PASSES_PER_ROUND; p++) {
          n = build.pass();
        }
        double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / PASSES_PER_ROUND;
        (isBefore ? beforeMs : afterMs)[r] = ms;
        found[isBefore ? 0 : 1] = n;
      }
      ratio[r] = afterMs[r] / beforeMs[r];
    }
    Arrays.sort(beforeMs);
    Arrays.sort(afterMs);
    Arrays.sort(ratio);
    System.out.printf(
        Locale.ROOT,
        "before: %.2f ms a pass (%,.0f citations/s), %d citations%n"
            + "after:  %.2f ms a pass (%,.0f citations/s), %d citations%n"
            + "after / before, per round: median %.3f (quartiles %.3f-%.3f) over %d rounds%n",
        beforeMs[rounds / 2],
        found[0] / beforeMs[rounds / 2] * 1000,
        found[0],
        afterMs[rounds / 2],
        found[1] / afterMs[rounds / 2] * 1000,
        found[1],
        ratio[rounds / 2],
        ratio[rounds / 4],
        ratio[3 * rounds / 4],
        rounds);
  }
}
