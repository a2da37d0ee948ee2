package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a query splits for ranking ({@link QueryCompiler#ranked}): each stemmed-mode phrase's exact
 * wording becomes a bonus, checked against the stemmed phrase unless that phrase is the whole
 * query; the rest matches as compiled without bonuses.
 */
class RankedQueryTest {
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        // query | mode | matching | bonuses, ' ; '-separated | why
        "\"trafficking in persons\" | stemmed | text:\"traffic ? person\""
            + " | (text_exact:\"trafficking_in in_persons\")^0.5"
            + " | a lone phrase: every match has the stemmed words",
        "\"trafficking in persons\" AND victims | stemmed"
            + " | +text:\"traffic ? person\" +text:victim"
            + " | +(text_exact:\"trafficking_in in_persons\")^0.5 #text:\"traffic ? person\""
            + " | beside a word, the bonus checks its own phrase",
        "\"safe return\" | stemmed | text:\"safe return\" concept:safe-return"
            + " | +(text_exact:\"safe return\")^0.5 #text:\"safe return\""
            + " | a concept widens the phrase: a match need not hold the words",
        "victims NOT \"women and children\" | stemmed"
            + " | +text:victim -text:\"women ? children\" | "
            + " | an excluded phrase gives no bonus",
        "\"trafficking in persons\" | exact | text_exact:\"trafficking_in in_persons\" | "
            + " | exact mode matches the wording itself, through the pairs the index holds",
        "\"of the\" | stemmed | text_exact:of_the | "
            + " | only stopwords: matched on the exact field as one pair, nothing to add",
        "\"states parties shall\" | exact | text_exact:\"states parties shall\" | "
            + " | no common word: the words themselves",
        "trafficking | stemmed | text:traffic | | a word has no exact-wording bonus",
      })
  void splitsExactWordingOffAsBonuses(
      String q, String mode, String matching, String bonuses, String why) {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.of(mode), true).ranked(QueryParser.parse(q));
    assertEquals(matching, ranked.matching().toString(), why);
    List<String> expected = bonuses == null ? List.of() : List.of(bonuses.split(" ; "));
    assertEquals(expected, ranked.bonuses().stream().map(Object::toString).toList(), why);
  }
}
