package org.precedent.cite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The citation finder and resolver on arbitrary text: no exception, offsets that slice the input to
 * the citation's own text, in text order, a known status, and no input slower than {@link
 * #BUDGET_NANOS} (a backtracking regex would blow it). `mvn verify` replays the seed inputs in
 * {@code CitationFuzzTestInputs}; then fuzzes it for {@code maxDuration} (the pom's fuzz
 * executions); {@code fuzz/run} fuzzes for longer.
 */
public class CitationFuzzTest {
  private static final Citator CITATOR =
      new Citator(CitationGrammar.load(FakeCorpus.instruments()), id -> Optional.empty());
  private static final Set<Integer> STATUSES =
      Set.of(
          Citation.RESOLVED,
          Citation.AMBIGUOUS,
          Citation.NOT_A_CITATION,
          Citation.NO_SUCH_PROVISION,
          Citation.OVER_LIMIT);

  /** Generous on a shared 2-core machine; a real hang or exponential backtrack takes far longer. */
  private static final long BUDGET_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "15s")
  void citeFindsOnlyWellFormedCitations(byte[] input) {
    String text = new String(input, UTF_8);
    long started = System.nanoTime();
    List<Citation> citations = CITATOR.cite(text);
    Citation one = CITATOR.citeOne(text);
    long took = System.nanoTime() - started;
    assertTrue(took < BUDGET_NANOS, "took " + took / 1_000_000 + " ms");
    int previous = 0;
    for (Citation c : citations) {
      assertTrue(c.start() >= previous && c.start() <= c.end() && c.end() <= text.length());
      assertEquals(text.substring(c.start(), c.end()), c.text());
      assertTrue(STATUSES.contains(c.status()), "status " + c.status());
      previous = c.start();
    }
    if (citations.isEmpty()) {
      assertEquals(Citation.NOT_A_CITATION, one.status());
      assertEquals(text.length(), one.end());
    } else {
      assertEquals(citations.get(0), one);
    }
  }

  /** The same target for Jazzer's command line, which fuzz/run uses for long runs. */
  public static void fuzzerTestOneInput(byte[] input) {
    new CitationFuzzTest().citeFindsOnlyWellFormedCitations(input);
  }
}
