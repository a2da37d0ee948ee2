package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped corpus against its golden files: {@code golden/counts-*.tsv} (instrument, eid regex,
 * expected number of provisions whose eid matches, why) and {@code golden/provisions-*.tsv} (id,
 * first and last source line, exact text, why). One file per part of the corpus keeps the tables
 * readable; a failure prints what differs.
 */
class CorpusGoldenTest {
  static final Path CORPUS = Path.of("corpus");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final Path SEEDS = Path.of("..", "shared", "seeds");
  static Corpus corpus;

  @BeforeAll
  static void load() {
    corpus = Corpus.load(CORPUS);
  }

  @Test
  void provisionIdsAreUniqueAndEveryTextInstrumentHasProvisions() {
    Set<String> seen = new HashSet<>();
    for (Provision p : corpus.allProvisions()) {
      assertTrue(seen.add(p.id().toString()), "duplicate id " + p.id());
    }
    for (Instrument i : corpus.instruments()) {
      if (i.hasText()) {
        assertTrue(!corpus.provisions(i.id()).isEmpty(), i.id() + " has text but no provisions");
      }
    }
  }

  @Test
  void seedExcerptsAreVerbatimCopiesOfTheirSeedLines() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
    for (Instrument i : corpus.instruments()) {
      if (!i.hasText() || !Provenance.SEED.equals(i.source().origin())) {
        continue;
      }
      List<String> seed =
          Files.readAllLines(SEEDS.resolve(i.source().file()), StandardCharsets.UTF_8);
      List<String> excerpt = seed.subList(i.source().from() - 1, i.source().to());
      assertEquals(
          excerpt,
          Files.readAllLines(CORPUS.resolve(i.text()), StandardCharsets.UTF_8),
          i.id()
              + ": "
              + i.text()
              + " is not seed lines "
              + i.source().from()
              + "-"
              + i.source().to());
    }
  }

  @TestFactory
  Stream<DynamicTest> provisionCountsMatchGolden() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : rows("counts-")) {
      String instrument = row[0];
      Pattern eid = Pattern.compile(row[1]);
      int expected = Integer.parseInt(row[2]);
      tests.add(
          DynamicTest.dynamicTest(
              instrument + " " + row[1] + " = " + expected,
              () -> {
                List<String> matching =
                    corpus.provisions(instrument).stream()
                        .map(Provision::eid)
                        .filter(e -> eid.matcher(e).matches())
                        .toList();
                assertEquals(
                    expected, matching.size(), instrument + " " + row[1] + ": " + matching);
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> provisionsMatchGoldenTextAndLines() throws IOException {
    Map<String, Provision> byId =
        corpus.allProvisions().stream().collect(Collectors.toMap(p -> p.id().toString(), p -> p));
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : rows("provisions-")) {
      tests.add(
          DynamicTest.dynamicTest(
              row[0],
              () -> {
                Provision p = byId.get(row[0]);
                assertTrue(p != null, "no provision " + row[0]);
                assertEquals(row[3], p.text(), row[0] + " text");
                assertEquals(
                    Integer.parseInt(row[1]), p.source().fromLine(), row[0] + " first line");
                assertEquals(Integer.parseInt(row[2]), p.source().toLine(), row[0] + " last line");
              }));
    }
    return tests.stream();
  }

  /** Data rows of every golden file with the prefix; '#' lines and the header are skipped. */
  static List<String[]> rows(String prefix) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.split("\t", -1));
          }
        }
      }
    }
    return out;
  }
}
