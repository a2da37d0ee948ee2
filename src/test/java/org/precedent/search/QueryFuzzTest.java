package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;

/**
 * Random queries built from the syntax's pieces either run or fail with a {@link QueryException} (a
 * 400), never anything else (a 500). Seeded, so a failure reproduces.
 */
class QueryFuzzTest {
  private static final List<String> PIECES =
      List.of(
          "\"",
          "(",
          ")",
          "*",
          "AND",
          "OR",
          "NOT",
          "NEAR/3",
          "ONEAR/2",
          "NEAR",
          "status:",
          "status:treaty",
          "kind:report",
          "instrument:fx-plan",
          "body:\"General Assembly\"",
          "colour:red",
          "shall",
          "should",
          "of",
          "the",
          "traffic",
          "vulnerab*",
          "position",
          "\u201cdue regard\u201d",
          "non-punishment",
          "<script>",
          "&",
          "'",
          "\\",
          ":",
          "-",
          "é",
          "ab*",
          "x*y",
          " ",
          " ",
          " ");

  @TempDir Path index;

  @Test
  void everyQueryRunsOrSaysWhatToFix() throws Exception {
    Random random = new Random(20261123L);
    int ran = 0;
    int refused = 0;
    try (KnowledgeBase kb = Fixture.open(index)) {
      for (int i = 0; i < 600; i++) {
        StringBuilder q = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int j = 0; j < length; j++) {
          q.append(PIECES.get(random.nextInt(PIECES.size())))
              .append(random.nextBoolean() ? " " : "");
        }
        for (SearchMode mode : SearchMode.values()) {
          try {
            kb.search(SearchRequest.of(q.toString(), mode).page(SortOrder.RELEVANCE, 5, 0));
            ran++;
          } catch (QueryException e) {
            assertTrue(!e.getMessage().isBlank() && e.detail() != null, q.toString());
            refused++;
          } catch (RuntimeException e) {
            fail("query [" + q + "] in " + mode.label() + " mode failed with " + e, e);
          }
        }
      }
    }
    assertTrue(ran > 200 && refused > 200, "ran " + ran + ", refused " + refused);
  }
}
