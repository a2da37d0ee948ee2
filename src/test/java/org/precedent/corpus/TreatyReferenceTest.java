package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transcribed treaty provision against the reference wording in {@code
 * ../shared/reference/treaty-reference.tsv} (authentic English texts from a public mirror of an
 * official treaty database, plus second sources). A provision's own words (a parent's chapeau only)
 * must equal every complete reference row of its eid word for word, and contain every partial row
 * as a contiguous run. Typesetting differences the reference's README names are normalised (the
 * mirror's "subparagraph a)" for the print's "(a)", quote marks); the mirror's own word breaks are
 * listed, with reasons, in {@code golden/treaty-reference-corrections.tsv}.
 */
class TreatyReferenceTest {
  static final Path REFERENCE = Path.of("..", "shared", "reference", "treaty-reference.tsv");
  static final Path CORRECTIONS =
      Path.of("src", "test", "resources", "golden", "treaty-reference-corrections.tsv");

  /** The primary source: every provision of it must agree word for word. */
  static final String MIRROR = "statengeneraal/laws-markdown:";

  static final Set<String> TREATIES = Set.of("tip-protocol", "untoc", "coe-cets-197");
  private static final Pattern MIRROR_LETTER = Pattern.compile("(?<![(\\w])([a-z])\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static Map<String, Provision> corpus;
  static Map<String, List<String[]>> reference;

  @BeforeAll
  static void load() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(REFERENCE),
        "../shared/reference/treaty-reference.tsv not present: reference comparison skipped");
    corpus =
        Corpus.load(Path.of("corpus")).allProvisions().stream()
            .filter(p -> TREATIES.contains(p.instrument()))
            .collect(
                Collectors.toMap(p -> p.id().toString(), p -> p, (a, b) -> a, LinkedHashMap::new));
    reference = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split("\t", -1);
      String id = row[0] + "/" + row[1];
      reference.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
    }
  }

  @Test
  void everyReferenceProvisionIsInTheCorpus() {
    Set<String> missing = new TreeSet<>(reference.keySet());
    missing.removeAll(corpus.keySet());
    assertEquals(Set.of(), missing, "reference provisions missing from the corpus");
  }

  @Test
  void everyCorpusProvisionWithWordsIsInTheReference() {
    Set<String> extra = new TreeSet<>();
    corpus.forEach(
        (id, p) -> {
          if (!p.ownText().isEmpty() && !reference.containsKey(id)) {
            extra.add(id);
          }
        });
    assertEquals(Set.of(), extra, "corpus provisions the reference does not have");
  }

  @Test
  void eachTreatyHasItsArticles() {
    Map<String, Integer> articles = Map.of("tip-protocol", 20, "untoc", 41, "coe-cets-197", 47);
    articles.forEach(
        (treaty, count) ->
            assertEquals(
                (long) count,
                corpus.values().stream()
                    .filter(p -> p.instrument().equals(treaty) && p.eid().matches("art_\\d+"))
                    .count(),
                treaty + " articles"));
  }

  @TestFactory
  Stream<DynamicTest> ownWordsAgreeWithEveryReferenceRow() throws IOException {
    Map<String, List<String[]>> corrections = corrections();
    List<DynamicTest> tests = new ArrayList<>();
    reference.forEach(
        (id, rows) ->
            tests.add(
                DynamicTest.dynamicTest(
                    id,
                    () -> {
                      Provision p = corpus.get(id);
                      assertTrue(p != null, "no corpus provision " + id);
                      List<String> mine = words(p.ownText());
                      for (String[] row : rows) {
                        String text = corrected(row[2], corrections.getOrDefault(id, List.of()));
                        List<String> theirs = words(text);
                        if (row[3].startsWith(MIRROR)) {
                          assertEquals(
                              String.join(" ", theirs),
                              String.join(" ", mine),
                              id + " differs from the mirror " + row[3]);
                        } else {
                          assertTrue(
                              QuoteAlignment.agrees(text, p.ownText())
                                  || QuoteAlignment.agrees(text, p.text()),
                              id + " disagrees with " + row[3] + ": " + text);
                        }
                      }
                    })));
    return tests.stream();
  }

  @Test
  void correctionsAreStillNeeded() throws IOException {
    for (List<String[]> rows : corrections().values()) {
      for (String[] c : rows) {
        String id = c[0] + "/" + c[1];
        assertTrue(
            reference.getOrDefault(id, List.of()).stream().anyMatch(r -> r[2].contains(c[2])),
            id + ": the reference no longer has '" + c[2] + "'; drop the correction");
        assertTrue(corpus.get(id).ownText().contains(c[3]), id + " should read '" + c[3] + "'");
      }
    }
  }

  /** Words for comparison: quote marks, markdown emphasis and the mirror's "a)" normalised. */
  static List<String> words(String text) {
    String t = MIRROR_LETTER.matcher(text).replaceAll("($1)");
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static String corrected(String text, List<String[]> corrections) {
    String out = text;
    for (String[] c : corrections) {
      out = out.replace(c[2], c[3]);
    }
    return out;
  }

  /** id -> rows of (instrument, eid, mirror text, official text, why). */
  static Map<String, List<String[]>> corrections() throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(CORRECTIONS, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      out.computeIfAbsent(c[0] + "/" + c[1], k -> new ArrayList<>()).add(c);
    }
    return out;
  }
}
