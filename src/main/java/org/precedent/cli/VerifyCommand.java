package org.precedent.cli;

import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.cite.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code precedent verify --quote "…" --citation "…"}: check a quotation against its source. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Check that a quotation matches the provision it cites.")
final class VerifyCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Option(names = "--quote", required = true, description = "the quoted words")
  String quote;

  @Option(names = "--citation", required = true, description = "the citation given for them")
  String citation;

  @Option(names = "--json", description = "print the API's JSON")
  boolean json;

  @Override
  @SuppressForbidden(reason = "command-line output")
  public Integer call() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      Verification v = kb.verify(quote, citation);
      if (json) {
        System.out.println(CiteCommand.JSON.writeValueAsString(v));
        return 0;
      }
      System.out.println(v.verdict() + "  similarity " + v.similarity());
      if (v.provision() != null) {
        System.out.println("cited: " + v.provision().id() + "  " + v.provision().citation());
      }
      if (!v.normalizations().isEmpty()) {
        System.out.println("forgiven: " + String.join(", ", v.normalizations()));
      }
      StringBuilder diff = new StringBuilder();
      for (var op : v.diff()) {
        String piece =
            switch (op.op()) {
              case "insert" -> "{+" + op.text() + "+} ";
              case "delete" -> "[-" + op.text() + "-] ";
              default -> op.text() + " ";
            };
        diff.append(piece);
      }
      if (!v.diff().isEmpty() && !v.verdict().equals(Verification.EXACT)) {
        System.out.println("diff: " + diff.toString().strip());
      }
      v.foundIn()
          .forEach(
              f ->
                  System.out.println(
                      "found in: " + f.citation() + "  (" + f.id() + ")  " + f.similarity()));
      if (v.message() != null) {
        System.out.println(v.message());
      }
    }
    return 0;
  }
}
