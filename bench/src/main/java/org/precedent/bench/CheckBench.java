package org.precedent.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.index.Indexer;
import org.precedent.match.CheckReport;
import org.precedent.match.CheckRequest;
import org.precedent.match.CheckTiming;
import org.precedent.match.Checker;
import org.precedent.match.Precedent;
import org.precedent.match.SegmentCheck;

/**
 * Workload 6: the agreed-language check of a 100-paragraph draft whose paragraphs are edited copies
 * of indexed provisions (planted reuse), timed per stage, and its recall measured against a checker
 * that aligns every provision instead of the candidates the index proposes.
 */
final class CheckBench {
  static final int PARAGRAPHS = 100;

  private CheckBench() {}

  /** The draft and, per paragraph, the provision it was copied from. */
  record Draft(String text, List<Provision> sources) {}

  /**
   * Figures: check latency, the mean time per check in each stage, and recall. {@code exhaustive}
   * is NaN when the reference was not run.
   */
  record Result(
      Stats latencyMs,
      Stats cpuMs,
      double candidatesMs,
      double alignmentMs,
      double diffMs,
      int segments,
      double planted,
      double exhaustive) {}

  /** Every (size / 100)th provision, edited once more the way negotiators edit. */
  static Draft draft(List<Indexer.Entry> entries, long seed) {
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    StringBuilder text = new StringBuilder();
    List<Provision> sources = new ArrayList<>();
    int step = Math.max(1, entries.size() / PARAGRAPHS);
    for (int i = 0; i < entries.size() && sources.size() < PARAGRAPHS; i += step) {
      Provision source = entries.get(i).provision();
      String other = entries.get(random.nextInt(entries.size())).provision().text();
      text.append(sources.size() + 1)
          .append(". ")
          .append(mutator.mutate(source.text(), other).text())
          .append("\n\n");
      sources.add(source);
    }
    return new Draft(text.toString(), sources);
  }

  static Result run(KnowledgeBase kb, Draft draft, int runs, boolean withExhaustive) {
    CheckRequest request = new CheckRequest(draft.text(), List.of(), List.of());
    for (int i = 0; i < 2; i++) {
      kb.check(request);
    }
    CheckTiming timing = CheckTiming.recording();
    List<Double> ms = new ArrayList<>();
    List<Double> cpuMs = new ArrayList<>();
    // CPU time of the checking thread next to wall time: on a shared machine the wall time also
    // counts the time other processes held the cores.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CheckReport report = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      report = kb.check(request, timing);
      cpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      ms.add((System.nanoTime() - start) / 1e6);
    }
    double exhaustive = Double.NaN;
    if (withExhaustive) {
      CheckReport reference =
          Checker.exhaustive(kb.index(), kb.manifest()).check(request, CheckTiming.NONE);
      exhaustive = recall(report.segments(), reference.segments());
    }
    return new Result(
        Stats.of(ms),
        Stats.of(cpuMs),
        timing.candidatesNanos() / 1e6 / runs,
        timing.alignmentNanos() / 1e6 / runs,
        timing.diffNanos() / 1e6 / runs,
        report.segments().size(),
        planted(kb, report, draft),
        exhaustive);
  }

  /**
   * Share of segments where the check lists a precedent as close as the exhaustive reference's
   * best (its very provision, or another with at least its similarity: copies of one seed tie),
   * counting the segments whose reference best is reuse: it covers half the segment or more.
   */
  static double recall(List<SegmentCheck> fast, List<SegmentCheck> reference) {
    int compared = 0;
    int found = 0;
    for (int i = 0; i < reference.size(); i++) {
      if (reference.get(i).precedents().isEmpty()
          || reference.get(i).precedents().get(0).coverage() < 0.5) {
        continue;
      }
      Precedent best = reference.get(i).precedents().get(0);
      compared++;
      boolean hit =
          fast.get(i).precedents().stream()
              .anyMatch(p -> p.id().equals(best.id()) || p.similarity() >= best.similarity());
      found += hit ? 1 : 0;
    }
    return compared == 0 ? 1 : found / (double) compared;
  }

  /**
   * Share of draft paragraphs for which some segment lists a provision grown from the same real
   * seed as the one the paragraph was copied from (the generator's lineage; copies of one popular
   * seed tie, so the copied provision itself need not be the one listed).
   */
  static double planted(KnowledgeBase kb, CheckReport report, Draft draft) {
    int found = 0;
    int from = 0;
    String text = draft.text();
    for (Provision source : draft.sources()) {
      int end = text.indexOf("\n\n", from);
      int start = from;
      String seed = source.source().file();
      boolean hit =
          report.segments().stream()
              .filter(s -> s.start() >= start && s.end() <= end)
              .flatMap(s -> s.precedents().stream())
              .map(p -> ProvisionId.parse(p.id()).flatMap(kb::provision))
              .anyMatch(p -> p.isPresent() && seed.equals(p.get().source().file()));
      found += hit ? 1 : 0;
      from = end + 2;
    }
    return draft.sources().isEmpty() ? 1 : found / (double) draft.sources().size();
  }
}
