package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.testing.FixtureIndex;

/**
 * Which exact-wording bonuses are scored inside the query ({@link ExactBonus#split}): those whose
 * wording is at least {@link ExactBonus#INLINE_RARITY} times rarer than the query's matches, over
 * the shipped corpus. A variant wording ("trafficking of persons") or a phrase that is one word and
 * small words ("persons with an") has a rare bonus; the usual wording of a common phrase does not.
 * That the page is the same either way, {@link RankingTest} checks.
 */
class ExactBonusTest {
  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(SearchGoldenTest.CORPUS.resolve("manifest")));
    kb = FixtureIndex.open(SearchGoldenTest.CORPUS, indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // query | wordings scored inside, ';'-separated | wordings scored apart
        "\"persons with an\" | persons_with with_an | ",
        "\"trafficking of persons\" | trafficking_of of_persons | ",
        "\"as appropriate\" | as_appropriate | ",
        "\"trafficking in persons\" | | trafficking_in in_persons",
        "\"victims of trafficking\" | | victims_of of_trafficking",
        "\"position of vulnerability\" | | position_of of_vulnerability",
        "\"trafficking in persons\" AND \"as appropriate\" | as_appropriate"
            + " | trafficking_in in_persons",
      })
  void rareWordingIsScoredInsideTheQuery(String q, String inside, String apart) {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse(q));
    ExactBonus.Split split =
        kb.index().withSearcher(s -> ExactBonus.split(s, ranked.matching(), ranked.bonuses()));
    assertEquals(wordings(inside), exact(split.inline()), "inside");
    assertEquals(wordings(apart), exact(split.apart()), "apart");
  }

  private static List<String> wordings(String list) {
    return list == null ? List.of() : Arrays.stream(list.split(";")).map(String::trim).toList();
  }

  /** The exact wording each bonus looks for, as its query prints it. */
  private static List<String> exact(List<Query> bonuses) {
    return bonuses.stream()
        .map(b -> b.toString().replaceAll(".*text_exact:\"?([^\"]*)\"?$", "$1"))
        .toList();
  }
}
