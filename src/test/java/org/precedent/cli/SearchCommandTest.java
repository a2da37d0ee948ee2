package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.search.Fixture;
import org.precedent.search.SearchRequest;
import org.precedent.search.SearchResult;

/** {@code precedent search}: exit codes, and how a result is printed for a person. */
class SearchCommandTest {
  @TempDir Path index;

  @Test
  void runsAQueryAndRefusesABadOne() {
    String corpus = Fixture.CORPUS.toString();
    assertEquals(
        0,
        Main.run(
            "search",
            "\"position of vulnerability\"",
            "--corpus",
            corpus,
            "--index",
            index.toString(),
            "--status",
            "treaty",
            "--limit",
            "3",
            "--json"));
    assertEquals(2, Main.run("search", "(abuse", "--corpus", corpus, "--index", index.toString()));
    assertEquals(
        2,
        Main.run(
            "search", "abuse", "--limit", "0", "--corpus", corpus, "--index", index.toString()));
  }

  /** The search's total, and how {@code query} prints for a person. */
  private record Printed(int total, String out) {}

  private Printed printed(String query, boolean ansi) throws Exception {
    SearchResult result;
    try (KnowledgeBase kb = Fixture.open(index)) {
      result = kb.search(SearchRequest.of(query));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SearchCommand.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), result, ansi);
    return new Printed(result.total(), bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsCitationStatusAndHighlightedSnippet() throws Exception {
    Printed p = printed("\"position of vulnerability\"", true);
    String out = p.out();
    assertTrue(out.startsWith(p.total() + " hits for \"position of vulnerability\""), out);
    assertTrue(out.contains("Fixture Treaty") && out.contains("[treaty]"), out);
    assertTrue(out.contains("\u001b[1;33mposition of vulnerability\u001b[0m"), out);
    assertEquals(
        "a < b & \"c\"", SearchCommand.terminalText("a &lt; b &amp; &quot;c&quot;", false));
    assertEquals("x", SearchCommand.terminalText("<mark>x</mark>", false));
  }

  @Test
  void aSearchMatchingNothingPrintsItsRespelling() throws Exception {
    String out = printed("\"positon of vulnerability\"", false).out();
    assertTrue(out.startsWith("0 hits for"), out);
    assertTrue(out.contains("did you mean: \"position of vulnerability\""), out);
  }
}
