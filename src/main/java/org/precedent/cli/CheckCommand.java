package org.precedent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.match.CheckReport;
import org.precedent.match.CheckRequest;
import org.precedent.match.DiffOp;
import org.precedent.match.Precedent;
import org.precedent.match.SegmentCheck;
import org.precedent.match.WeightChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precedent check draft.txt}: is this draft language already agreed, and what changed? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check a draft against agreed language: verdict, precedent and diff per segment.")
final class CheckCommand implements Callable<Integer> {
  private static final String RESET = "\u001B[0m";
  private static final String RED = "\u001B[31;9m";
  private static final String GREEN = "\u001B[32;1m";
  private static final String BOLD = "\u001B[1m";

  @Mixin Paths paths;

  @Parameters(index = "0", paramLabel = "FILE", description = "draft text file (UTF-8)")
  Path file;

  @Option(names = "--json", description = "print the /api/check JSON instead of a report")
  boolean json;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "ID",
      description = "instrument ids to ignore as precedents (e.g. the draft itself: a-64-l-64)")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--status",
      split = ",",
      paramLabel = "STATUS",
      description = "only precedents with these statuses (treaty, adopted, draft, ...)")
  List<String> statuses = new ArrayList<>();

  @Override
  @SuppressForbidden(reason = "command-line report")
  public Integer call() throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    IndexCommand.build(paths, true);
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      CheckReport report = kb.check(new CheckRequest(text, exclude, statuses));
      if (json) {
        System.out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } else {
        System.out.print(
            render(report, System.console() != null && System.getenv("NO_COLOR") == null));
      }
    }
    return 0;
  }

  /** The human report; {@code colour} adds ANSI colours for a terminal. */
  static String render(CheckReport report, boolean colour) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (SegmentCheck s : report.segments()) {
      n++;
      out.append(colour ? BOLD : "")
          .append(String.format(Locale.ROOT, "[%d] %s", n, s.verdict().label()))
          .append(colour ? RESET : "")
          .append(s.label().isEmpty() ? "" : "  (" + s.label() + ")")
          .append(String.format(Locale.ROOT, "  chars %d-%d%n", s.start(), s.end()));
      out.append("    ").append(s.text().replaceAll("\\s+", " ")).append('\n');
      if (!s.against().isEmpty()) {
        out.append("    goes against: ").append(String.join(", ", s.against())).append('\n');
      }
      if (s.precedents().isEmpty()) {
        out.append("    no precedent\n\n");
        continue;
      }
      Precedent best = s.precedents().get(0);
      out.append(
          String.format(
              Locale.ROOT,
              "    best: %s [%s, %s%s] similarity %.2f, coverage %.2f%n",
              best.citation(),
              best.id(),
              best.status(),
              best.date() == null ? "" : ", " + best.date(),
              best.similarity(),
              best.coverage()));
      out.append("    diff: ").append(diff(best.diff(), colour)).append('\n');
      for (WeightChange w : best.weightChanges()) {
        out.append("    ! ").append(w.effect()).append('\n');
      }
      for (Precedent other : s.precedents().subList(1, s.precedents().size())) {
        out.append(
            String.format(
                Locale.ROOT,
                "    also: %s [%s, %s] similarity %.2f%n",
                other.citation(),
                other.id(),
                other.status(),
                other.similarity()));
      }
      out.append('\n');
    }
    CheckReport.Summary sum = report.summary();
    out.append(
        String.format(
            Locale.ROOT,
            "%d segments %s; agreed share %.0f%% (snapshot %s)%n",
            sum.segments(),
            sum.byVerdict(),
            100 * sum.agreedShare(),
            report.snapshot()));
    return out.toString();
  }

  /**
   * Word diff: on a terminal deletions are red and struck, insertions green; else [-..-] {+..+}.
   */
  static String diff(List<DiffOp> ops, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (DiffOp op : ops) {
      if (out.length() > 0) {
        out.append(' ');
      }
      switch (op.op()) {
        case DiffOp.INSERT ->
            out.append(colour ? GREEN + op.text() + RESET : "{+" + op.text() + "+}");
        case DiffOp.DELETE ->
            out.append(colour ? RED + op.text() + RESET : "[-" + op.text() + "-]");
        default -> out.append(op.text());
      }
    }
    return out.toString();
  }
}
