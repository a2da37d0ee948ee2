package org.precedent.match;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;

/**
 * Benchmark, not a test: {@code java -cp ... org.precedent.match.CheckBenchmark CORPUS INDEX DRAFT
 * [EXCLUDE]} checks the draft ten times after a warm-up and prints milliseconds per check.
 */
public final class CheckBenchmark {
  private CheckBenchmark() {}

  @SuppressForbidden(reason = "benchmark output")
  public static void main(String[] args) throws Exception {
    String draft = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
    List<String> exclude = args.length > 3 ? List.of(args[3]) : List.of();
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]), Path.of(args[1]))) {
      CheckRequest request = new CheckRequest(draft, exclude, List.of());
      for (int i = 0; i < 5; i++) {
        kb.check(request);
      }
      int runs = 10;
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      CheckReport report = null;
      for (int i = 0; i < runs; i++) {
        report = kb.check(request);
      }
      double ms = (System.nanoTime() - start) / 1e6 / runs;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
      System.out.printf(
          Locale.ROOT,
          "%d characters, %d segments: %.1f ms per check (%.1f ms CPU) %s%n",
          draft.length(),
          report.segments().size(),
          ms,
          cpu,
          report.summary().byVerdict());
    }
  }
}
