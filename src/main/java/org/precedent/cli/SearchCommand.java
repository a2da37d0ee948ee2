package org.precedent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import org.precedent.SuppressForbidden;
import org.precedent.search.Hit;
import org.precedent.search.QueryException;
import org.precedent.search.SearchMode;
import org.precedent.search.SearchRequest;
import org.precedent.search.SearchResult;
import org.precedent.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precedent search}: the API's search from the command line, as text or the same JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search provisions, e.g. search \"position of vulnerability\" --status treaty",
      "Syntax: words, \"exact phrase\", w1 NEAR/n w2, w1 ONEAR/n w2, AND, OR, NOT, (...),"
          + " prefix*, status:treaty, instrument:ID, kind:K, body:B, language:L"
    })
final class SearchCommand implements Callable<Integer> {
  private static final String MARK_ON = "\u001b[1;33m";
  private static final String MARK_OFF = "\u001b[0m";

  @Mixin Paths paths;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (words are joined)")
  List<String> query;

  @Option(names = "--mode", defaultValue = "stemmed", description = "stemmed or exact")
  String mode;

  @Option(names = "--instrument", description = "instrument id (repeatable)")
  List<String> instruments;

  @Option(names = "--status", description = "status, e.g. treaty (repeatable)")
  List<String> statuses;

  @Option(names = "--kind", description = "instrument kind (repeatable)")
  List<String> kinds;

  @Option(names = "--body", description = "adopting body as recorded (repeatable)")
  List<String> bodies;

  @Option(names = "--language", description = "language code (repeatable)")
  List<String> languages;

  @Option(names = "--year-from", description = "first year")
  Integer yearFrom;

  @Option(names = "--year-to", description = "last year")
  Integer yearTo;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance, date or authority")
  String sort;

  @Option(names = "--limit", defaultValue = "20", description = "hits to show, 1-100")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "hits to skip")
  int offset;

  @Option(
      names = "--exact-total",
      description = "count every match (by default counting stops at 10,000)")
  boolean exactTotal;

  @Option(names = "--json", description = "print the API's JSON instead of text")
  boolean json;

  @Override
  @SuppressForbidden(reason = "command-line output")
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      request =
          new SearchRequest(
              String.join(" ", query),
              SearchMode.of(mode),
              instruments,
              statuses,
              kinds,
              bodies,
              languages,
              yearFrom,
              yearTo,
              SortOrder.of(sort),
              limit,
              offset,
              exactTotal);
    } catch (QueryException e) {
      throw new IllegalArgumentException(e.getMessage() + " (" + e.detail() + ")", e);
    }
    IndexCommand.build(paths, true);
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      SearchResult result;
      try {
        result = kb.search(request);
      } catch (QueryException e) {
        throw new IllegalArgumentException(e.getMessage() + " (" + e.detail() + ")", e);
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (json) {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(result));
      } else {
        print(out, result, System.console() != null);
      }
    }
    return 0;
  }

  static void print(PrintStream out, SearchResult result, boolean ansi) {
    out.printf(
        Locale.ROOT,
        "%d%s hits for %s (%s)%n",
        result.total(),
        result.totalExact() ? "" : "+",
        result.query().parsed(),
        result.query().mode());
    if (result.suggestion() != null) {
      out.println("did you mean: " + result.suggestion());
    }
    for (Hit hit : result.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%s  [%s]  %s%n", hit.citation(), hit.status(), hit.id());
      out.println("  " + terminalText(hit.snippet(), ansi));
    }
  }

  /** The HTML snippet as terminal text: marks become bold yellow (or nothing), entities decoded. */
  static String terminalText(String snippet, boolean ansi) {
    String text =
        snippet.replace("<mark>", ansi ? MARK_ON : "").replace("</mark>", ansi ? MARK_OFF : "");
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
