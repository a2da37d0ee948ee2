package org.precedent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.cite.Citation;
import org.precedent.cite.CiteResult;
import org.precedent.cite.CitedProvision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precedent cite "…"} or {@code --file draft.txt}: find and resolve citations. */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    description = "Find the citations in a text and resolve them to provisions.")
final class CiteCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin Paths paths;

  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "text holding citations")
  String text;

  @Option(names = "--file", paramLabel = "FILE", description = "read the text from FILE (UTF-8)")
  Path file;

  @Option(names = "--json", description = "print the API's JSON")
  boolean json;

  @Override
  @SuppressForbidden(reason = "command-line output")
  public Integer call() throws Exception {
    if ((text == null) == (file == null)) {
      System.err.println("give either TEXT or --file FILE");
      return 2;
    }
    String input = file != null ? Files.readString(file, StandardCharsets.UTF_8) : text;
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      CiteResult result = kb.cite(input);
      if (json) {
        System.out.println(JSON.writeValueAsString(result));
        return 0;
      }
      for (Citation c : result.citations()) {
        System.out.println(
            c.start()
                + "-"
                + c.end()
                + "  "
                + c.status()
                + "  "
                + oneLine(c.text())
                + (c.normalized() == null ? "" : "  ->  " + c.normalized()));
        for (CitedProvision p : c.provisions()) {
          System.out.println("      " + p.id() + (p.note() == null ? "" : "  (" + p.note() + ")"));
        }
        if (c.message() != null) {
          System.out.println("      " + c.message());
        }
      }
      System.out.println(result.citations().size() + " citation(s)");
    }
    return 0;
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
