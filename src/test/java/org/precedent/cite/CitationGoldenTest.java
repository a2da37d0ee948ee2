package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The citation forms found in the seeds ({@code golden/citations.tsv}: seed, line, the text as in
 * the seed, the expected id or status of each citation in order or "-" for none, why), run through
 * the finder and resolver over a metadata-only manifest: no Lucene, no index.
 */
class CitationGoldenTest {
  static final Path TABLE = Path.of("src", "test", "resources", "golden", "citations.tsv");
  static final Path SEEDS = Path.of("..", "shared", "seeds");
  static final Citator CITATOR =
      new Citator(CitationGrammar.load(FakeCorpus.instruments()), id -> Optional.empty());

  record Row(String seed, int line, String text, List<String> expected, String why) {
    @Override
    public String toString() {
      return seed + ":" + line + " " + why;
    }
  }

  static Stream<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      List<String> expected = c[3].equals("-") ? List.of() : List.of(c[3].split(" "));
      rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], expected, c[4]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resolvesAsExpected(Row row) {
    List<Citation> found = CITATOR.cite(row.text());
    List<String> got = new ArrayList<>();
    for (Citation c : found) {
      assertEquals(c.text(), row.text().substring(c.start(), c.end()), "offsets of " + c.text());
      got.add(c.status() == Citation.RESOLVED ? c.provisions().get(0).id() : "" + c.status());
    }
    assertEquals(row.expected(), got, row.why() + " :: " + found);
  }

  @Test
  void tableHasDozensOfRowsAndEachIsRealSeedText() throws IOException {
    List<Row> rows = rows().toList();
    assertTrue(rows.size() >= 40, "golden table has " + rows.size() + " rows");
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
    for (Row row : rows) {
      List<String> seed = Files.readAllLines(seedFile(row.seed()), StandardCharsets.UTF_8);
      StringBuilder around = new StringBuilder();
      for (int n = row.line() - 1; n < Math.min(seed.size(), row.line() + 4); n++) {
        around.append(seed.get(n)).append(' ');
      }
      String haystack = around.toString().replaceAll("\\s+", " ");
      assertTrue(
          haystack.contains(row.text().replaceAll("\\s+", " ")),
          row + ": text not found at that seed line");
    }
  }

  private static Path seedFile(String prefix) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(SEEDS, prefix + "_*.txt")) {
      return files.iterator().next();
    }
  }
}
