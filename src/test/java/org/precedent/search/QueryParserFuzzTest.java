package org.precedent.search;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Every query string either parses and compiles in both modes, in English alone and in every
 * language, or is refused with a {@link QueryException} carrying a message (a 400): any other
 * exception would be a 500, and no input may take longer than {@link #BUDGET_NANOS}. `mvn verify`
 * replays the seed inputs in {@code QueryParserFuzzTestInputs}; then fuzzes it for {@code
 * maxDuration} (the pom's fuzz executions); {@code fuzz/run} fuzzes for longer.
 */
public class QueryParserFuzzTest {
  /** Generous on a shared 2-core machine; a hang or blow-up takes far longer. */
  private static final long BUDGET_NANOS = 5_000_000_000L;

  /**
   * English alone, and an index that holds no word of any query, so that every stemmed query is
   * read in Spanish and French as well.
   */
  private static final List<Languages> LANGUAGES =
      List.of(Languages.ENGLISH, new Languages(List.of("es", "fr"), term -> false));

  @FuzzTest(maxDuration = "15s")
  void everyQueryCompilesOrSaysWhatToFix(byte[] input) {
    String q = new String(input, UTF_8);
    long started = System.nanoTime();
    for (SearchMode mode : SearchMode.values()) {
      for (boolean boostExact : new boolean[] {true, false}) {
        for (Languages languages : LANGUAGES) {
          try {
            assertNotNull(
                new QueryCompiler(mode, boostExact, languages).compile(QueryParser.parse(q)));
          } catch (QueryException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), q);
            assertNotNull(e.detail(), q);
          }
        }
      }
    }
    long took = System.nanoTime() - started;
    assertTrue(took < BUDGET_NANOS, "took " + took / 1_000_000 + " ms");
  }

  /** The same target for Jazzer's command line, which fuzz/run uses for long runs. */
  public static void fuzzerTestOneInput(byte[] input) {
    new QueryParserFuzzTest().everyQueryCompilesOrSaysWhatToFix(input);
  }
}
