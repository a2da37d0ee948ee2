package org.precedent.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.match.CheckReport;
import org.precedent.match.CheckRequest;
import org.precedent.match.SegmentCheck;
import org.precedent.match.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code precedent eval check FILE}: the agreed-language check against a labelled TSV ({@code case,
 * text, expected, expect, why}). {@code source} cases are checked against agreed sources only and
 * hit when an expected id (or its ancestor or descendant; {@code a|b} for either) is among the top
 * 1 / top 3 precedents; {@code agreed}, {@code not_agreed} and {@code new} cases score verdicts.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Evaluate the agreed-language check on a labelled TSV (top-1/top-3, verdicts).")
public final class EvalCheckCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Parameters(index = "0", paramLabel = "FILE", description = "TSV: case, text, expected, expect")
  Path file;

  /** One case's outcome; {@code rank} is 1-based, 0 when the expected id was not listed. */
  public record Outcome(String id, String expect, boolean ok, int rank, String got) {}

  /** Totals over a file. */
  public record Result(List<Outcome> outcomes) {
    public long sources() {
      return outcomes.stream().filter(o -> o.expect().equals("source")).count();
    }

    public long top(int k) {
      return outcomes.stream()
          .filter(o -> o.expect().equals("source") && o.rank() > 0 && o.rank() <= k)
          .count();
    }

    public long verdictCases() {
      return outcomes.size() - sources();
    }

    public long verdictsRight() {
      return outcomes.stream().filter(o -> !o.expect().equals("source") && o.ok()).count();
    }
  }

  @Override
  @SuppressForbidden(reason = "command-line report")
  public Integer call() throws IOException {
    IndexCommand.build(paths, true);
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      Result result = evaluate(kb, file);
      for (Outcome o : result.outcomes()) {
        System.out.printf(
            Locale.ROOT,
            "%-6s %-10s %-4s %s%n",
            o.id(),
            o.expect(),
            o.ok() ? "ok" : "MISS",
            o.got());
      }
      System.out.printf(
          Locale.ROOT,
          "source top-1 %d/%d, top-3 %d/%d; verdict accuracy %d/%d%n",
          result.top(1),
          result.sources(),
          result.top(3),
          result.sources(),
          result.verdictsRight(),
          result.verdictCases());
    }
    return 0;
  }

  public static Result evaluate(KnowledgeBase kb, Path tsv) throws IOException {
    List<String> agreed = new ArrayList<>();
    for (Status s : Status.values()) {
      if (s.isAgreedSource()) {
        agreed.add(s.label());
      }
    }
    List<Outcome> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] col = line.split("\t", -1);
      String expect = col[3].strip();
      if (expect.equals("source")) {
        CheckReport report = kb.check(new CheckRequest(col[1], List.of(), agreed));
        List<String> ranked = ranked(report);
        int rank = 0;
        for (int i = 0; i < ranked.size() && rank == 0; i++) {
          rank = matches(ranked.get(i), col[2]) ? i + 1 : 0;
        }
        out.add(
            new Outcome(
                col[0], expect, rank > 0 && rank <= 3, rank, "rank " + rank + " " + ranked));
      } else {
        CheckReport report = kb.check(CheckRequest.of(col[1]));
        List<Verdict> verdicts = report.segments().stream().map(SegmentCheck::verdict).toList();
        out.add(new Outcome(col[0], expect, verdictOk(expect, verdicts), 0, verdicts.toString()));
      }
    }
    return new Result(out);
  }

  /**
   * Precedent ids over all segments in the order the check lists them: every segment's first
   * precedent, then every second one, and so on, the longer segment first within a rank. For a text
   * of one segment that is its list as the API returns it.
   */
  static List<String> ranked(CheckReport report) {
    List<SegmentCheck> longestFirst = new ArrayList<>(report.segments());
    longestFirst.sort(Comparator.comparingInt((SegmentCheck s) -> s.end() - s.start()).reversed());
    Set<String> ids = new LinkedHashSet<>();
    int deepest = longestFirst.stream().mapToInt(s -> s.precedents().size()).max().orElse(0);
    for (int rank = 0; rank < deepest; rank++) {
      for (SegmentCheck s : longestFirst) {
        if (rank < s.precedents().size()) {
          ids.add(s.precedents().get(rank).id());
        }
      }
    }
    return new ArrayList<>(ids);
  }

  static boolean matches(String got, String expected) {
    ProvisionId id = ProvisionId.parse(got).orElse(null);
    for (String want : expected.split("\\|")) {
      String w = want.strip();
      if (id != null
          && (w.equals(id.instrument())
              || ProvisionId.parse(w).filter(id::isRelated).isPresent())) {
        return true;
      }
    }
    return false;
  }

  static boolean verdictOk(String expect, List<Verdict> verdicts) {
    return switch (expect) {
      case "agreed" -> !verdicts.isEmpty() && verdicts.stream().allMatch(v -> v == Verdict.AGREED);
      case "new" -> !verdicts.isEmpty() && verdicts.stream().allMatch(v -> v == Verdict.NEW);
      case "not_agreed" -> verdicts.stream().noneMatch(v -> v.isAgreed() || v == Verdict.MODIFIED);
      default -> throw new IllegalArgumentException("unknown expect '" + expect + "'");
    };
  }
}
