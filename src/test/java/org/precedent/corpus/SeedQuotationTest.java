package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The treaties as the seeds quote them. {@code golden/treaty-quotations.tsv} lists quotations found
 * in the seeds (seed file, line where the quotation starts, the provision it cites, verdict, the
 * quoted words, why). A row marked {@code agrees} must align with the transcribed provision up to
 * OCR noise and the quoting document's own cuts ({@link QuoteAlignment}); a row marked {@code
 * differs} is a real misquotation or rewording and must NOT align, while still sharing a run of
 * words with the provision it cites (so the row cannot drift to the wrong provision). When the
 * seeds are present, each quotation must also be found at its seed line.
 */
class SeedQuotationTest {
  static final Path TABLE = Path.of("src", "test", "resources", "golden", "treaty-quotations.tsv");
  static final Path SEEDS = Path.of("..", "shared", "seeds");

  /** Lines after the cited one that a quotation may run on to (wrapped OCR lines, blank lines). */
  static final int WINDOW = 30;

  static Map<String, Provision> provisions;
  static List<String[]> rows;

  @BeforeAll
  static void load() throws IOException {
    provisions =
        Corpus.load(Path.of("corpus")).allProvisions().stream()
            .collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
    rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
  }

  @Test
  void tableCoversAtLeastTwentyFiveQuotationsOfTheThreeTreaties() {
    assertTrue(rows.size() >= 25, "only " + rows.size() + " quotations");
    for (String[] row : rows) {
      assertEquals(6, row.length, String.join(" | ", row));
      assertTrue(row[3].equals("agrees") || row[3].equals("differs"), "verdict " + row[3]);
      assertFalse(row[5].isBlank(), "every row says why: " + row[2]);
    }
  }

  @TestFactory
  Stream<DynamicTest> quotationsAlignWithTheProvisionTheyCite() {
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0] + ":" + row[1] + " " + row[2] + " " + row[3],
                    () -> {
                      Provision p = provisions.get(row[2]);
                      assertTrue(p != null, "no provision " + row[2]);
                      boolean agrees = QuoteAlignment.agrees(row[4], p.text());
                      if (row[3].equals("agrees")) {
                        assertTrue(agrees, row[2] + " does not read: " + row[4]);
                      } else {
                        assertFalse(agrees, row[2] + " is marked differs but agrees: " + row[4]);
                        assertTrue(
                            sharesRun(row[4], p.text(), 5),
                            row[2] + " shares no five-word run with: " + row[4]);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> quotationsAreInTheSeedsAtTheirLines() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(SEEDS), "../shared/seeds not present: seed lines not checked");
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0] + ":" + row[1],
                    () -> {
                      List<String> seed =
                          Files.readAllLines(SEEDS.resolve(row[0]), StandardCharsets.UTF_8);
                      int from = Integer.parseInt(row[1]) - 1;
                      List<String> window =
                          seed.subList(from, Math.min(seed.size(), from + WINDOW));
                      List<String> seedWords = QuoteAlignment.words(String.join(" ", window));
                      List<String> quoteWords = QuoteAlignment.words(row[4]);
                      assertTrue(
                          Collections.indexOfSubList(seedWords, quoteWords) >= 0,
                          row[0] + " line " + row[1] + " does not hold: " + row[4]);
                      assertTrue(
                          Collections.indexOfSubList(
                                  QuoteAlignment.words(seed.get(from)), quoteWords.subList(0, 1))
                              >= 0,
                          "the quotation does not start on line " + row[1]);
                    }));
  }

  /** Whether some {@code n} consecutive words of the quotation align with the provision. */
  static boolean sharesRun(String quotation, String provision, int n) {
    List<String> words = QuoteAlignment.words(quotation);
    for (int i = 0; i + n <= words.size(); i++) {
      if (QuoteAlignment.agrees(String.join(" ", words.subList(i, i + n)), provision)) {
        return true;
      }
    }
    return false;
  }
}
