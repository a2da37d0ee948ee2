package org.precedent.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.Provision;
import org.precedent.corpus.Status;
import org.precedent.corpus.ingest.AddRequest;
import org.precedent.corpus.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precedent add}: add an instrument from an HTML, PDF or text file, then reindex. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description =
        "Add an instrument from an HTML page, a PDF or a text file, show its outline, reindex.")
final class AddCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Parameters(index = "0", description = "the source file (.html, .htm, .pdf, .txt)")
  Path file;

  @Option(names = "--id", required = true, description = "instrument id, e.g. a-res-64-293")
  String id;

  @Option(names = "--title", required = true, description = "full title")
  String title;

  @Option(names = "--short-title", description = "name used in citations")
  String shortTitle;

  @Option(names = "--symbol", description = "document symbol, e.g. A/RES/64/293")
  String symbol;

  @Option(
      names = "--status",
      required = true,
      description =
          "treaty, adopted, adopted-recommendation, principles, draft, proposal, statement, report or letter")
  String status;

  @Option(names = "--date", description = "YYYY-MM-DD")
  String date;

  @Option(
      names = "--kind",
      description =
          "treaty, resolution, decision, principles, report, ... (default: from the layout)")
  String kind;

  @Option(
      names = "--language",
      defaultValue = "en",
      description = "two-letter code (default: ${DEFAULT-VALUE})")
  String language;

  @Option(names = "--body", description = "adopting or issuing body")
  String body;

  @Option(
      names = "--official",
      description = "the official source, e.g. 'A/RES/64/293, Official Document System'")
  String official;

  @Option(names = "--alias", description = "another name citations use (repeatable)")
  List<String> aliases = new ArrayList<>();

  @Option(
      names = "--layout",
      description = "structure parser (default: detected from the text's labels)")
  String layout;

  @Option(names = "--dry-run", description = "show the outline only; change nothing")
  boolean dryRun;

  @Override
  @SuppressForbidden(reason = "prints the outline for the user to check")
  public Integer call() throws Exception {
    AddRequest request =
        new AddRequest(
            id,
            title,
            Optional.ofNullable(shortTitle),
            Optional.ofNullable(symbol),
            Status.of(status),
            Optional.ofNullable(date),
            Optional.ofNullable(kind),
            language,
            Optional.ofNullable(body),
            Optional.ofNullable(official),
            aliases);
    Ingester ingester = new Ingester(paths.corpus);
    Ingester.Plan plan =
        ingester.plan(
            Files.readAllBytes(file),
            file.getFileName().toString(),
            request,
            Optional.ofNullable(layout));
    System.out.println(
        plan.instrument().id()
            + " (layout "
            + plan.instrument().layout()
            + ", "
            + plan.provisions().size()
            + " provisions):");
    for (Provision p : plan.provisions()) {
      System.out.println(
          "  " + pad(p.eid()) + " " + firstWords(p.ownText().isEmpty() ? p.text() : p.ownText()));
    }
    if (dryRun) {
      System.out.println("dry run: nothing written");
      return 0;
    }
    ingester.write(plan);
    System.out.println("written to " + paths.corpus + "; reindexing");
    IndexCommand.build(paths, false);
    return 0;
  }

  private static String pad(String eid) {
    return String.format(java.util.Locale.ROOT, "%-32s", eid);
  }

  private static String firstWords(String text) {
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(10, words.length)))
        + (words.length > 10 ? " ..." : "");
  }
}
