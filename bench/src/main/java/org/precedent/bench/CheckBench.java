package org.precedent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
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
   * Figures: latency of checking a draft never checked before ({@code fresh}) and of checking one
   * draft again ({@code again}: the candidates' normalised words are then cached), the mean time
   * per fresh check in each stage (summed over the threads that checked segments), and recall.
   * {@code recalls} holds one entry per draft compared with the exhaustive reference (the measured
   * draft first; none when the reference was not run), over their first {@code
   * referenceParagraphs} paragraphs.
   */
  record Result(
      Stats fresh,
      Stats freshCpuMs,
      Stats again,
      double candidatesMs,
      double alignmentMs,
      double diffMs,
      int segments,
      double planted,
      List<Recall> recalls,
      int referenceParagraphs) {}

  /**
   * Recall of one draft's check against the reference: {@code share} of its {@code compared} reuse
   * segments list the reference's best or one as close; of the {@code plantedByReference}
   * paragraphs whose planted source the reference lists (a provision grown from a real seed holding
   * the paragraph's seed's words, see {@link SeedTexts}), the check lists one for {@code
   * plantedByBoth}; {@code bySeedBoth} and {@code bySeedReference} count the same with the
   * paragraph's own seed alone.
   */
  record Recall(
      double share,
      int compared,
      int plantedByBoth,
      int plantedByReference,
      int bySeedBoth,
      int bySeedReference) {
    /** Planted reuse the check finds, as a share of what exhaustive alignment finds. */
    double plantedShare() {
      return plantedByReference == 0 ? 1 : plantedByBoth / (double) plantedByReference;
    }

    /** As {@link #plantedShare}, counting only provisions grown from the paragraph's own seed. */
    double bySeedShare() {
      return bySeedReference == 0 ? 1 : bySeedBoth / (double) bySeedReference;
    }
  }

  /**
   * The exhaustive reference asked for: over the first {@code paragraphs} paragraphs (0: none) of
   * the first {@code drafts} drafts, saved in {@code folder} when not null (see {@link
   * ExhaustiveReference}) under the size and snapshot of the synthetic corpus.
   */
  record ReferenceOptions(int paragraphs, int drafts, Path folder, int size, String snapshot) {}

  /**
   * Every (size / 100)th provision from {@code first} on, edited once more the way negotiators
   * edit. Drafts with different {@code first} are copied from different provisions, so checking
   * one finds none of another's candidates already read.
   */
  static Draft draft(List<Indexer.Entry> entries, long seed, int first) {
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    StringBuilder text = new StringBuilder();
    List<Provision> sources = new ArrayList<>();
    int step = Math.max(1, entries.size() / PARAGRAPHS);
    for (int i = first; i < entries.size() && sources.size() < PARAGRAPHS; i += step) {
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

  /** The measured draft, then {@code count} fresh ones copied from other provisions. */
  static List<Draft> drafts(List<Indexer.Entry> entries, int count) {
    List<Draft> out = new ArrayList<>();
    int step = Math.max(1, entries.size() / PARAGRAPHS);
    for (int d = 0; d <= count; d++) {
      out.add(draft(entries, 11L + d, d * step / (count + 1)));
    }
    return out;
  }

  /** Drafts checked untimed before the timed ones: the code paths of a new draft warm up too. */
  static final int WARM_UP = 2;

  /**
   * Further drafts checked only to warm up, copied from provisions no other draft starts from. A
   * server that has been answering has checked many different drafts. Three drafts checked over
   * and over soon find every candidate already normalised ({@code StoredProvisions}), so reading
   * and normalising a provision stayed cold: at a million provisions the JIT was still compiling
   * those paths while the first new drafts were timed, on one of the two cores.
   */
  static final int WARM_UP_OTHERS = 8;

  /**
   * The {@link #WARM_UP_OTHERS} drafts, each starting halfway between two of those {@link #drafts}
   * makes when given {@code count}, with seeds of their own. The drafts {@link #drafts} makes stay
   * as they were, so an exhaustive reference saved for one of them still holds.
   */
  static List<Draft> warmUpDrafts(List<Indexer.Entry> entries, int count) {
    List<Draft> out = new ArrayList<>();
    int step = Math.max(1, entries.size() / PARAGRAPHS);
    for (int d = 0; d < WARM_UP_OTHERS; d++) {
      out.add(draft(entries, 1_011L + d, (2 * d + 1) * step / (2 * (count + 1))));
    }
    return out;
  }

  /** Least time spent checking the warm-up drafts, again and again, before timing. */
  static final int WARM_UP_SECONDS = 15;

  /**
   * Checks {@code drafts.get(0)}, the next {@link #WARM_UP} drafts and {@code others} to warm up
   * (for at least {@link #WARM_UP_SECONDS}), then each other draft once (timed, fresh), then the
   * first again as many times (timed, again); recall is of the first and of the next drafts {@code
   * reference} asks for, against the exhaustive reference.
   */
  static Result run(
      KnowledgeBase kb,
      List<Draft> drafts,
      List<Draft> others,
      ReferenceOptions reference,
      SeedTexts seeds) {
    CheckRequest measured = new CheckRequest(drafts.get(0).text(), List.of(), List.of());
    // Until the JIT has compiled the check's paths, as in a server that has been answering: run
    // alone, three checks left the 1M timings twice those of a run that had checked the smaller
    // sizes first.
    List<CheckRequest> warmUp = new ArrayList<>(List.of(measured));
    drafts.subList(1, 1 + WARM_UP)
        .forEach(d -> warmUp.add(new CheckRequest(d.text(), List.of(), List.of())));
    others.forEach(d -> warmUp.add(new CheckRequest(d.text(), List.of(), List.of())));
    long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
    for (int i = 0; i < warmUp.size() || System.nanoTime() < warmUntil; i++) {
      kb.check(warmUp.get(i % warmUp.size()));
    }
    CheckTiming timing = CheckTiming.recording();
    List<Double> fresh = new ArrayList<>();
    List<Double> freshCpu = new ArrayList<>();
    // CPU time of the calling thread next to wall time: on a shared machine the wall time also
    // counts the time other processes held the cores (and the check runs part of a draft on a
    // helper thread, whose time this leaves out).
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Draft> timed = drafts.subList(1 + WARM_UP, drafts.size());
    for (Draft draft : timed) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      kb.check(new CheckRequest(draft.text(), List.of(), List.of()), timing);
      freshCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      fresh.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> again = new ArrayList<>();
    CheckReport report = null;
    for (int i = 0; i < timed.size(); i++) {
      long start = System.nanoTime();
      report = kb.check(measured);
      again.add((System.nanoTime() - start) / 1e6);
    }
    List<Recall> recalls = new ArrayList<>();
    int paragraphs = Math.min(reference.paragraphs(), PARAGRAPHS);
    if (paragraphs > 0) {
      for (int d = 0; d < Math.min(reference.drafts(), drafts.size()); d++) {
        recalls.add(measureRecall(kb, drafts.get(d), d, paragraphs, reference, seeds));
      }
    }
    int runs = timed.size();
    return new Result(
        Stats.of(fresh),
        Stats.of(freshCpu),
        Stats.of(again),
        timing.candidatesNanos() / 1e6 / runs,
        timing.alignmentNanos() / 1e6 / runs,
        timing.diffNanos() / 1e6 / runs,
        report.segments().size(),
        planted(kb, report, drafts.get(0), seeds),
        recalls,
        paragraphs);
  }

  /**
   * Recall of the check of draft {@code d}'s first {@code paragraphs} paragraphs against the
   * exhaustive reference, read from the saved file when one matches. Aligning every provision with
   * every segment takes several seconds per segment at a million provisions, so a quicker run may
   * ask for a sample of the draft. Segments are checked independently, so the sample's segments get
   * what they get in the full draft (checked equal, precedents and similarities, on three drafts at
   * 100k). A sample can mislead: at 1M the first 20 paragraphs showed no miss, the whole draft six.
   */
  @SuppressForbidden(reason = "a command-line harness reports the segments it missed")
  private static Recall measureRecall(
      KnowledgeBase kb,
      Draft draft,
      int d,
      int paragraphs,
      ReferenceOptions options,
      SeedTexts seeds) {
    CheckRequest sample =
        new CheckRequest(firstParagraphs(draft.text(), paragraphs), List.of(), List.of());
    CheckReport fast = kb.check(sample);
    String key =
        options.size() + " " + options.snapshot() + " draft " + d + " paragraphs " + paragraphs;
    String name = "reference-" + options.size() + "-draft" + d + "-" + paragraphs + ".tsv";
    Path file = options.folder() == null ? null : options.folder().resolve(name);
    try {
      Optional<List<ExhaustiveReference.Best>> saved =
          file == null ? Optional.empty() : ExhaustiveReference.read(file, key);
      List<ExhaustiveReference.Best> reference;
      if (saved.isPresent()) {
        System.err.println("exhaustive reference read from " + file);
        reference = saved.get();
      } else {
        reference =
            ExhaustiveReference.of(
                Checker.exhaustive(kb.index(), kb.manifest())
                    .check(sample, CheckTiming.NONE)
                    .segments());
        if (file != null) {
          ExhaustiveReference.write(file, key, reference);
        }
      }
      if (reference.size() != fast.segments().size()) {
        throw new IllegalStateException(
            "the reference in " + file + " has " + reference.size() + " segments, the check "
                + fast.segments().size() + ": delete the file");
      }
      for (int i = 0; i < reference.size(); i++) {
        if (reference.get(i).isReuse() && !found(fast.segments().get(i), reference.get(i))) {
          System.err.println(miss(kb, d, i, fast.segments().get(i), reference.get(i)));
        }
      }
      List<SegmentCheck> segments = fast.segments();
      IntFunction<List<String>> byCheck = i -> ids(segments.get(i));
      IntFunction<List<String>> byReference = i -> reference.get(i).listed();
      int[] held =
          plantedBoth(kb, draft, paragraphs, segments, byCheck, byReference, seeds::holds);
      int[] bySeed =
          plantedBoth(kb, draft, paragraphs, segments, byCheck, byReference, String::equals);
      boolean[] checkFound = planted(kb, draft, paragraphs, segments, byCheck, seeds::holds);
      boolean[] referenceFound =
          planted(kb, draft, paragraphs, segments, byReference, seeds::holds);
      boolean[] checkOwn = planted(kb, draft, paragraphs, segments, byCheck, String::equals);
      boolean[] referenceOwn =
          planted(kb, draft, paragraphs, segments, byReference, String::equals);
      for (int p = 0; p < referenceFound.length; p++) {
        if (referenceFound[p] && !checkFound[p]) {
          System.err.println(plantedMiss(kb, draft, d, p, segments, reference));
        } else if (referenceOwn[p] && !checkOwn[p]) {
          // Found by a seed holding the paragraph's seed's words: shown, as the own-seed figure
          // counts it missed.
          System.err.println(
              "by a seed holding its words only, "
                  + plantedMiss(kb, draft, d, p, segments, reference));
        }
      }
      return new Recall(
          recall(fast.segments(), reference),
          reuseSegments(reference),
          held[0],
          held[1],
          bySeed[0],
          bySeed[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A paragraph whose planted source the reference lists and the check does not: its seed, and per
   * segment inside it what each listed, with the seed each listed provision was grown from.
   */
  private static String plantedMiss(
      KnowledgeBase kb,
      Draft draft,
      int d,
      int p,
      List<SegmentCheck> segments,
      List<ExhaustiveReference.Best> reference) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "draft %d paragraph %d: its seed %s listed by the reference only%n",
            d,
            p + 1,
            draft.sources().get(p).source().file()));
    int[] span = paragraph(draft.text(), p);
    for (int i = 0; i < segments.size(); i++) {
      SegmentCheck s = segments.get(i);
      if (s.start() >= span[0] && s.end() <= span[1]) {
        out.append(String.format(Locale.ROOT, "  segment %d: %s%n", i, s.text()));
        out.append("    reference ").append(seeds(kb, reference.get(i).listed())).append('\n');
        out.append("    check ").append(seeds(kb, ids(s))).append('\n');
      }
    }
    return out.toString();
  }

  private static String seeds(KnowledgeBase kb, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      String seed =
          ProvisionId.parse(id).flatMap(kb::provision).map(p -> p.source().file()).orElse("?");
      out.add(id + " (" + seed + ")");
    }
    return String.join(", ", out);
  }

  /** Start and end of paragraph {@code p} of a draft {@link #draft} wrote. */
  private static int[] paragraph(String text, int p) {
    int from = 0;
    for (int k = 0; k < p; k++) {
      from = text.indexOf("\n\n", from) + 2;
    }
    return new int[] {from, text.indexOf("\n\n", from)};
  }

  /** One missed segment: its text, the reference's best and what the check listed instead. */
  private static String miss(
      KnowledgeBase kb, int d, int i, SegmentCheck fast, ExhaustiveReference.Best best) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "draft %d segment %d missed: %s%n", d, i, fast.text()));
    out.append(describe(kb, "  reference", best.id(), best.similarity(), best.coverage()));
    for (Precedent p : fast.precedents()) {
      out.append(describe(kb, "  listed", p.id(), p.similarity(), p.coverage()));
    }
    return out.toString();
  }

  private static String describe(
      KnowledgeBase kb, String what, String id, double similarity, double coverage) {
    int words =
        ProvisionId.parse(id)
            .flatMap(kb::provision)
            .map(p -> p.text().split("\\s+").length)
            .orElse(-1);
    return String.format(
        Locale.ROOT,
        "%s %s similarity %.3f coverage %.3f, %d words%n",
        what,
        id,
        similarity,
        coverage,
        words);
  }

  /** The first {@code n} paragraphs of a draft {@link #draft} wrote, blank line included. */
  static String firstParagraphs(String text, int n) {
    int end = 0;
    for (int i = 0; i < n && end < text.length(); i++) {
      int blank = text.indexOf("\n\n", end);
      end = blank < 0 ? text.length() : blank + 2;
    }
    return text.substring(0, end);
  }

  /**
   * Share of segments where the check lists a precedent as close as the exhaustive reference's
   * best (its very provision, or another with at least its similarity: copies of one seed tie),
   * counting the segments whose reference best is reuse: it covers half the segment or more.
   */
  static double recall(List<SegmentCheck> fast, List<ExhaustiveReference.Best> reference) {
    int compared = 0;
    int found = 0;
    for (int i = 0; i < reference.size(); i++) {
      if (reference.get(i).isReuse()) {
        compared++;
        found += found(fast.get(i), reference.get(i)) ? 1 : 0;
      }
    }
    return compared == 0 ? 1 : found / (double) compared;
  }

  private static boolean found(SegmentCheck fast, ExhaustiveReference.Best best) {
    return fast.precedents().stream()
        .anyMatch(p -> p.id().equals(best.id()) || p.similarity() >= best.similarity());
  }

  /** Segments whose reference best is reuse: the ones {@link #recall} compares. */
  static int reuseSegments(List<ExhaustiveReference.Best> reference) {
    return (int) reference.stream().filter(ExhaustiveReference.Best::isReuse).count();
  }

  /**
   * Share of draft paragraphs for which some segment lists a provision grown from the same real
   * seed as the one the paragraph was copied from, or from one holding its words (the generator's
   * lineage; copies of one popular seed tie, so the copied provision itself need not be the one
   * listed).
   */
  static double planted(KnowledgeBase kb, CheckReport report, Draft draft, SeedTexts seeds) {
    List<SegmentCheck> segments = report.segments();
    boolean[] found =
        planted(
            kb, draft, draft.sources().size(), segments, i -> ids(segments.get(i)), seeds::holds);
    int count = 0;
    for (boolean f : found) {
      count += f ? 1 : 0;
    }
    return found.length == 0 ? 1 : count / (double) found.length;
  }

  /**
   * Of the draft's first {@code paragraphs}: how many both lists find ({@link #planted}), and how
   * many the {@code reference} lists find.
   */
  private static int[] plantedBoth(
      KnowledgeBase kb,
      Draft draft,
      int paragraphs,
      List<SegmentCheck> segments,
      IntFunction<List<String>> check,
      IntFunction<List<String>> reference,
      BiPredicate<String, String> holds) {
    boolean[] byCheck = planted(kb, draft, paragraphs, segments, check, holds);
    boolean[] byReference = planted(kb, draft, paragraphs, segments, reference, holds);
    int[] out = new int[2];
    for (int p = 0; p < byReference.length; p++) {
      out[0] += byReference[p] && byCheck[p] ? 1 : 0;
      out[1] += byReference[p] ? 1 : 0;
    }
    return out;
  }

  /**
   * Per paragraph of the draft's first {@code paragraphs}: whether a segment inside it lists (by
   * {@code listed}, from the segment's index) a provision grown from a seed that {@code holds} (the
   * seed, the paragraph's seed) says holds the paragraph's.
   */
  private static boolean[] planted(
      KnowledgeBase kb,
      Draft draft,
      int paragraphs,
      List<SegmentCheck> segments,
      IntFunction<List<String>> listed,
      BiPredicate<String, String> holds) {
    boolean[] out = new boolean[Math.min(paragraphs, draft.sources().size())];
    for (int k = 0; k < out.length; k++) {
      int[] span = paragraph(draft.text(), k);
      String seed = draft.sources().get(k).source().file();
      for (int i = 0; i < segments.size() && !out[k]; i++) {
        SegmentCheck s = segments.get(i);
        out[k] =
            s.start() >= span[0]
                && s.end() <= span[1]
                && listed.apply(i).stream()
                    .map(id -> ProvisionId.parse(id).flatMap(kb::provision))
                    .anyMatch(p -> p.isPresent() && holds.test(p.get().source().file(), seed));
      }
    }
    return out;
  }

  private static List<String> ids(SegmentCheck segment) {
    return segment.precedents().stream().map(Precedent::id).toList();
  }
}
