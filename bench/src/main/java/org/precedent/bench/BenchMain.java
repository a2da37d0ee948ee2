package org.precedent.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * The benchmark harness: grows synthetic corpora of the requested sizes from the shipped corpus,
 * runs each workload with repeats, and writes a Markdown report whose every figure is a median
 * with its spread, next to the ceiling measured in the same run.
 *
 * <p>Usage: {@code bench/run [--sizes 10000,100000,1000000] [--repeats 3] [--out bench/README.md]
 * [--keep DIR] [--workloads 3,4,5,6,7] [--reference-paragraphs 100] [--reference-drafts 1]}.
 * With {@code --keep}, each size's index is kept in {@code DIR/<size>} and a later run with the
 * same option skips the indexing workloads and measures the serving ones over it (the synthetic
 * corpus is seeded, so it is the same corpus). {@code --workloads} runs only the serving workloads
 * listed, to profile one of them. The check's exhaustive reference covers the first {@code
 * --reference-paragraphs} (all 100 unless told; 0: none) of the first {@code --reference-drafts}
 * drafts: at a million provisions it takes about 22 minutes for a whole draft. With {@code
 * --keep} it is saved in {@code DIR} and read back by later runs over the same corpus.
 */
public final class BenchMain {
  private BenchMain() {}

  @SuppressForbidden(reason = "a command-line harness reports progress")
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
    int repeats = 3;
    Path out = Path.of("bench", "README.md");
    Path keep = null;
    Set<Integer> workloads = Set.of(3, 4, 5, 6, 7);
    int referenceParagraphs = CheckBench.PARAGRAPHS;
    int referenceDrafts = 1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
        case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--keep" -> keep = Path.of(args[i + 1]);
        case "--workloads" ->
            workloads = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).collect(Collectors.toSet());
        case "--reference-paragraphs" -> referenceParagraphs = Integer.parseInt(args[i + 1]);
        case "--reference-drafts" -> referenceDrafts = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Corpus corpus = Corpus.load(Path.of("corpus"));
    Report report = new Report();
    for (int size : sizes) {
      System.err.println("== " + size + " provisions");
      SyntheticCorpus synthetic = new SyntheticCorpus(corpus.allProvisions(), size, SyntheticCorpus.RUN_SEED);
      List<Indexer.Entry> entries = new ArrayList<>(size);
      synthetic.iterator().forEachRemaining(entries::add);
      long bytes = entries.stream().mapToLong(e -> e.provision().text().length()).sum();
      report.add(size, "corpus", "text", String.format(Locale.ROOT, "%.1f MB", bytes / 1e6), "");
      Path manifestDir = SyntheticManifest.write(synthetic);
      String snapshot = Corpus.snapshotOf(manifestDir);
      Path kept = keep == null ? null : keep.resolve(Integer.toString(size));
      Path last;
      if (kept != null
          && Indexer.publishedSnapshot(new IndexStore(kept)).filter(snapshot::equals).isPresent()) {
        System.err.println("reusing the index in " + kept + "; indexing workloads skipped");
        last = kept;
      } else {
        last = indexingWorkloads(report, size, entries, repeats, snapshot);
        if (kept != null) {
          Files.createDirectories(kept.getParent());
          if (Files.exists(kept)) {
            IndexingBench.delete(kept); // of another layout or corpus: built again above
          }
          Files.move(last, kept); // same file system as the temporary folder, or this fails
          last = kept;
        }
      }
      report.indexAt(size, new IndexStore(last));
      // A kept index keeps its check's exhaustive references beside it, for the next run to reuse.
      CheckBench.ReferenceOptions reference = new CheckBench.ReferenceOptions(
          referenceParagraphs, referenceDrafts, kept == null ? null : keep, size, snapshot);
      servingWorkloads(report, size, manifestDir, entries, corpus, last,
          new Serving(repeats, workloads, reference));
      IndexingBench.delete(manifestDir); // written again, the same, by the next run
      // Written after every size, so a long run that is stopped keeps the sizes it finished.
      Files.writeString(out, report.markdown(LocalDate.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
    }
    Files.writeString(out, report.markdown(LocalDate.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
    System.err.println("report written to " + out);
  }

  /**
   * Each run's two-thread rate over its one-thread rate (the two builds ran minutes apart, so the
   * machine's pace changes less between them than across runs), and the processor time the writer
   * threads spent per provision: equal times mean the threads shared the work and ran as fast as
   * one, a larger time for two that each ran more slowly.
   */
  private static String scaling(List<IndexingBench.Rate> one, List<IndexingBench.Rate> two) {
    StringBuilder out = new StringBuilder("; run by run:");
    for (int r = 0; r < one.size(); r++) {
      out.append(r == 0 ? " " : ", ")
          .append(String.format(Locale.ROOT, "%.2f", two.get(r).documents() / one.get(r).documents()));
    }
    double cpu1 = Stats.of(one.stream().map(IndexingBench.Rate::writerMicros).toList()).median();
    double cpu2 = Stats.of(two.stream().map(IndexingBench.Rate::writerMicros).toList()).median();
    if (!Double.isNaN(cpu1) && !Double.isNaN(cpu2)) {
      out.append(String.format(Locale.ROOT,
          "; writer threads' processor time a provision: %.1f µs with one thread, %.1f µs with two"
              + " (%.2f ×)", cpu1, cpu2, cpu2 / cpu1));
    }
    return out.toString();
  }

  /** Workloads 1 and 2; returns the folder of the last index built. */
  @SuppressForbidden(reason = "a command-line harness reports progress")
  private static Path indexingWorkloads(
      Report report, int size, List<Indexer.Entry> entries, int repeats, String snapshot)
      throws Exception {
    int runs = size >= 1_000_000 ? Math.max(1, repeats - 1) : repeats;
    List<Double> ceiling = new ArrayList<>();
    List<IndexingBench.Rate> one = new ArrayList<>();
    List<IndexingBench.Rate> two = new ArrayList<>();
    Path last = null;
    for (int r = 0; r < runs; r++) {
      ceiling.add(IndexingBench.analyzerCeiling(entries));
      Path single = IndexingBench.tempRoot("one");
      one.add(IndexingBench.indexing(entries, 1, single, snapshot));
      IndexingBench.delete(single); // a 1M index is a gigabyte; only the last two-thread one is used
      if (last != null) {
        IndexingBench.delete(last);
      }
      last = IndexingBench.tempRoot("two");
      two.add(IndexingBench.indexing(entries, 2, last, snapshot));
      System.err.printf(Locale.ROOT,
          "run %d: ceiling %.0f/s, 1 thread %.0f/s (%d segments, %.3f reused, %.1f µs a provision),"
              + " 2 threads %.0f/s (%d segments, %.3f reused, %.1f µs a provision)%n",
          r + 1, ceiling.get(r), one.get(r).documents(), one.get(r).segments(),
          one.get(r).reused(), one.get(r).writerMicros(), two.get(r).documents(),
          two.get(r).segments(), two.get(r).reused(), two.get(r).writerMicros());
    }
    Stats c = Stats.of(ceiling);
    Stats s1 = Stats.of(one.stream().map(IndexingBench.Rate::documents).toList());
    Stats s2 = Stats.of(two.stream().map(IndexingBench.Rate::documents).toList());
    Stats p1 = Stats.of(one.stream().map(IndexingBench.Rate::published).toList());
    Stats p2 = Stats.of(two.stream().map(IndexingBench.Rate::published).toList());
    Stats merge = Stats.of(two.stream().map(IndexingBench.Rate::mergeSeconds).toList());
    Stats publish = Stats.of(two.stream().map(IndexingBench.Rate::publishSeconds).toList());
    report.add(size, "1 analyzer-only ceiling", "provisions/s", c.format("/s"), "");
    report.add(size, "2 indexing, 1 thread", "provisions/s", s1.format("/s"),
        ratio(s1.median() / c.median(), "of ceiling (target ≥ 35%)")
            + String.format(Locale.ROOT, "; %.0f%% of provisions indexed from the analysis of a"
                + " text written before", 100 * one.get(one.size() - 1).reused()));
    report.add(size, "2 indexing, 2 threads", "provisions/s", s2.format("/s"),
        ratio(s2.median() / s1.median(), "× one thread (target ≥ 1.6×)").replace("%", "")
            + scaling(one, two));
    report.add(size, "2 merge into one segment, then publish", "s",
        String.format(Locale.ROOT,
            "%.1f s (2 threads' index: %d segments into one), then %.1f s to commit and"
                + " publish; with both, 1 thread %.0f/s, 2 threads %.0f/s",
            merge.median(), two.get(two.size() - 1).segments(), publish.median(), p1.median(),
            p2.median()),
        String.format(Locale.ROOT, "%.0f%% of ceiling, %.2f × one thread", 100 * p1.median() / c.median(), p2.median() / p1.median()));
    return last;
  }

  /**
   * What the serving workloads are asked to do: repeats, which workloads, and the check's exhaustive
   * reference.
   */
  private record Serving(int repeats, Set<Integer> workloads, CheckBench.ReferenceOptions reference) {}

  /** The serving workloads (3-7) listed in {@code workloads}, over the index just built. */
  private static void servingWorkloads(
      Report report,
      int size,
      Path manifestDir,
      List<Indexer.Entry> entries,
      Corpus real,
      Path index,
      Serving options)
      throws Exception {
    int repeats = options.repeats();
    Set<Integer> workloads = options.workloads();
    List<Provision> provisions = entries.stream().map(Indexer.Entry::provision).toList();
    List<String[]> material = QueryBench.material(provisions, 2_000, 7L);
    int others = CheckBench.WARM_UP + 10;
    List<CheckBench.Draft> drafts = CheckBench.drafts(entries, others);
    List<CheckBench.Draft> warmUp = CheckBench.warmUpDrafts(entries, others);
    // The synthetic corpus (gigabytes at 1M) is not what a server holds: kept alive, its
    // collections paused the timed queries for up to a second and made every p99 the harness's.
    provisions = null;
    entries.clear();
    System.gc();
    readThrough(index);
    try (KnowledgeBase kb = KnowledgeBase.open(manifestDir, index)) {
      if (workloads.contains(3)) {
        queryLatency(report, size, kb, material);
      }
      if (workloads.contains(4)) {
        httpSearch(report, size, kb, material, repeats);
      }
      if (workloads.contains(5)) {
        citations(report, size, kb, real, repeats);
      }
      if (workloads.contains(6)) {
        check(report, size, kb, drafts, warmUp, options.reference(), SeedTexts.of(real));
      }
    }
    if (workloads.contains(7)) {
      startup(report, size, manifestDir, index, repeats);
    }
  }

  /**
   * Reads every index file once, so the serving workloads find the index in the operating system's
   * cache, as on a server that has been answering for a while. Building the synthetic corpus takes
   * gigabytes, and this machine reclaims cached file pages it sees unused: without this, the first
   * queries and the first checks of new drafts read the index from disk.
   */
  private static void readThrough(Path index) throws IOException {
    byte[] buffer = new byte[1 << 20];
    try (var files = Files.walk(index)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        try (var in = Files.newInputStream(file)) {
          while (in.read(buffer) >= 0) {
            // only the reading matters
          }
        }
      }
    }
  }

  private static void queryLatency(Report report, int size, KnowledgeBase kb, List<String[]> material) {
    // 500 at every size: a p99 over 60 queries (the count at 1M until 2026-12-05) was the slowest
    // one, and moved by 2x between runs of the same code. Each class's own warm-up and timed
    // queries take the material's first samples; the mixed warm-up takes the rest.
    int runs = 500;
    QueryBench.warmUp(kb, material, runs + QueryBench.WARMUP);
    for (QueryBench.QueryClass qc : QueryBench.classes()) {
      Stats s = QueryBench.latency(kb, qc, material, runs);
      report.add(size, "3 query latency, " + qc.name(), "ms",
          String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms", s.median(), s.p99()),
          qc.name().equals("phrase") ? "target p99 ≤ 10 ms" : "");
    }
  }

  private static void httpSearch(
      Report report, int size, KnowledgeBase kb, List<String[]> material, int repeats) throws Exception {
    List<Double> ratios = new ArrayList<>();
    List<Double> uncached = new ArrayList<>();
    List<Double> stored = new ArrayList<>();
    List<Double> serialised = new ArrayList<>();
    HttpBench.Runs last = null;
    for (int r = 0; r < repeats; r++) {
      last = HttpBench.searchVersusNoop(kb, material, 16, 10);
      ratios.add(last.search().perSecond() / last.noop().perSecond());
      uncached.add(last.searchUncached().perSecond() / last.noop().perSecond());
      stored.add(last.stored().perSecond() / last.noop().perSecond());
      serialised.add(last.serialised().perSecond() / last.noop().perSecond());
    }
    report.add(size, "4 HTTP /api/search, 16 connections, answers kept as served", "req/s",
        String.format(Locale.ROOT, "%.0f req/s, p99 %.1f ms, %d errors, %.0f%% answered from kept answers (no-op route: %.0f req/s)",
            last.search().perSecond(), last.search().latencyMs().p99(), last.search().errors(),
            last.search().keptShare() * 100, last.noop().perSecond()),
        String.format(Locale.ROOT, "%.0f%% of no-op (median of %d; target ≥ 50%%)", Stats.of(ratios).median() * 100, repeats));
    report.add(size, "4 HTTP /api/search, the same load, no answers kept", "req/s",
        String.format(Locale.ROOT, "%.0f req/s, p99 %.1f ms, %d errors: every request searched",
            last.searchUncached().perSecond(), last.searchUncached().latencyMs().p99(), last.searchUncached().errors()),
        String.format(Locale.ROOT, "%.0f%% of no-op (median of %d)", Stats.of(uncached).median() * 100, repeats));
    report.add(size, "4 HTTP, the same load on answers found beforehand", "req/s",
        String.format(Locale.ROOT,
            "%d search answers (median %.1f KB) sent as stored bytes: %.0f req/s; their results serialised per request: %.0f req/s",
            HttpBench.ANSWERS, last.answerBytes() / 1024.0, last.stored().perSecond(), last.serialised().perSecond()),
        String.format(Locale.ROOT, "stored %.0f%%, serialised %.0f%% of no-op (medians of %d): the most a search route could reach",
            Stats.of(stored).median() * 100, Stats.of(serialised).median() * 100, repeats));
  }

  private static void citations(Report report, int size, KnowledgeBase kb, Corpus real, int repeats) {
    List<String> chunks = CiteBench.chunks(real.allProvisions().stream().map(Provision::text).toList());
    CiteBench.run(kb, chunks, 3); // warm-up: the finder's code compiled, the resolver's cache full
    List<Double> perSecond = new ArrayList<>();
    CiteBench.Throughput t = null;
    for (int r = 0; r < repeats; r++) {
      t = CiteBench.run(kb, chunks, 2);
      perSecond.add(t.citationsPerSecond());
    }
    report.add(size, "5 citation extraction + resolution", "citations/s",
        Stats.of(perSecond).format("citations/s"),
        String.format(Locale.ROOT, "%.1f MB/s, %d citations per pass (target ≥ 100,000/s)", t.megabytesPerSecond(), t.citations()));
  }

  private static void check(
      Report report, int size, KnowledgeBase kb, List<CheckBench.Draft> drafts,
      List<CheckBench.Draft> warmUp, CheckBench.ReferenceOptions reference, SeedTexts seeds) {
    CheckBench.Result check = CheckBench.run(kb, drafts, warmUp, reference, seeds);
    report.add(size, "6 /api/check, 100-paragraph draft", "ms",
        String.format(Locale.ROOT, "new draft p50 %.0f ms (min %.0f, max %.0f; calling thread's CPU p50 %.0f ms), %d segments; per new check, summed over threads: candidates %.0f ms, alignment %.0f ms, diff and verdict %.0f ms; the same draft again: p50 %.0f ms (min %.0f, max %.0f)",
            check.fresh().median(), check.fresh().min(), check.fresh().max(),
            check.freshCpuMs().median(), check.segments(),
            check.candidatesMs(), check.alignmentMs(), check.diffMs(),
            check.again().median(), check.again().min(), check.again().max()),
        "target p50 ≤ 150 ms");
    report.add(size, "6 check recall", "share", recallFigure(check), "target ≥ 0.99 of exhaustive");
    if (!check.recalls().isEmpty()) {
      report.add(size, "6 planted reuse found", "share", plantedFigure(check),
          "target ≥ 0.99 relative to exhaustive alignment");
    }
  }

  /**
   * Planted reuse the check finds relative to what exhaustive alignment finds: the issue's own
   * measure, beside the stricter {@link #recallFigure}, which asks for the best-aligned copy.
   */
  private static String plantedFigure(CheckBench.Result check) {
    StringBuilder out = new StringBuilder();
    for (int d = 0; d < check.recalls().size(); d++) {
      CheckBench.Recall r = check.recalls().get(d);
      out.append(d == 0 ? "" : String.format(Locale.ROOT, "; draft %d: ", d + 1))
          .append(String.format(Locale.ROOT, "%.3f", r.plantedShare()))
          .append(String.format(Locale.ROOT, d == 0
              ? " (%d of the %d paragraphs whose planted source exhaustive alignment lists)"
              : " (%d of %d)", r.plantedByBoth(), r.plantedByReference()))
          .append(String.format(Locale.ROOT, d == 0
              ? "; counting only the paragraph's own seed, not another holding its words: %.3f (%d of %d)"
              : "; own seed only %.3f (%d of %d)", r.bySeedShare(), r.bySeedBoth(), r.bySeedReference()));
    }
    return out.toString();
  }

  private static String recallFigure(CheckBench.Result check) {
    List<CheckBench.Recall> recalls = check.recalls();
    if (recalls.isEmpty()) {
      return String.format(Locale.ROOT,
          "planted reuse %.3f; exhaustive reference not run (--reference-paragraphs 0)", check.planted());
    }
    String over = check.referenceParagraphs() < CheckBench.PARAGRAPHS
        ? " over the draft's first " + check.referenceParagraphs() + " paragraphs"
        : "";
    CheckBench.Recall measured = recalls.get(0);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%.3f of exhaustive alignment%s (%d segments with reuse)", measured.share(), over, measured.compared()));
    for (int d = 1; d < recalls.size(); d++) {
      out.append(String.format(Locale.ROOT, "; draft %d: %.3f (%d)",
          d + 1, recalls.get(d).share(), recalls.get(d).compared()));
    }
    return out.append(String.format(Locale.ROOT, "; planted reuse %.3f", check.planted())).toString();
  }

  @SuppressForbidden(reason = "a command-line harness reports progress")
  private static void startup(Report report, int size, Path manifestDir, Path index, int repeats) {
    try {
      List<StartupBench.Startup> starts = new ArrayList<>();
      for (int r = 0; r < repeats; r++) {
        starts.add(StartupBench.coldStart(manifestDir, index, size));
      }
      Stats cold = Stats.of(starts.stream().map(StartupBench.Startup::coldStartMillis).toList());
      Stats listening = Stats.of(starts.stream().map(StartupBench.Startup::listeningMillis).toList());
      Stats heap = Stats.of(starts.stream().map(StartupBench.Startup::heapAfterGcMb).toList());
      report.add(size, "7 cold start to first answer", "ms",
          cold.format("ms") + String.format(Locale.ROOT, "; listening after %.0f ms", listening.median()),
          "target ≤ 2 s (./precedent serve: new JVM, -Xmx1g)");
      report.add(size, "7 heap after GC, index open", "MB",
          String.format(Locale.ROOT, "%.0f MB", heap.median()), "target ≤ 1 GB");
    } catch (Exception e) {
      System.err.println("startup workload failed: " + e);
      report.add(size, "7 cold start", "", "failed: " + e.getMessage(), "");
    }
  }

  private static String ratio(double value, String what) {
    return what.startsWith("×")
        ? String.format(Locale.ROOT, "%.2f %s", value, what)
        : String.format(Locale.ROOT, "%.0f%% %s", value * 100, what);
  }
}
