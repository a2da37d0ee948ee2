package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.index.Fields;

/**
 * How a query splits for ranking ({@link QueryCompiler#ranked}): each stemmed-mode phrase's exact
 * wording becomes a bonus, a share of the stemmed phrase's score where the exact wording matches
 * too; the rest matches as compiled without bonuses. A stemmed phrase of two words or more is read
 * through the pairs of its words.
 */
class RankedQueryTest {
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        // query | mode | matching | bonuses, ' ; '-separated | why
        "\"trafficking in persons\" | stemmed"
            + " | text_pairs:traffic _ person (heading:\"traffic ? person\")^1.5"
            + " | +(text_pairs:traffic _ person)^0.5 #text_exact:\"trafficking_in in_persons\""
            + " | a lone phrase, read as one pair: half its score again with the exact wording",
        "\"trafficking in persons\" AND victims | stemmed"
            + " | +(text_pairs:traffic _ person (heading:\"traffic ? person\")^1.5)"
            + " +(text:victim (heading:victim)^1.5)"
            + " | +(text_pairs:traffic _ person)^0.5 #text_exact:\"trafficking_in in_persons\""
            + " | beside a word, the bonus is a share of its own phrase's score",
        "\"prevent and combat trafficking\" | stemmed"
            + " | text_pairs:\"prevent _ combat ? combat traffic\""
            + " (heading:\"prevent ? combat traffic\")^1.5"
            + " | +(text_pairs:\"prevent _ combat ? combat traffic\")^0.5"
            + " #text_exact:\"prevent_and and_combat combat trafficking\""
            + " | three stemmed words: a phrase of two pairs",
        "victims NOT \"women and children\" | stemmed"
            + " | +(text:victim (heading:victim)^1.5) -text_pairs:woman _ child | "
            + " | an excluded phrase gives no bonus",
        "\"trafficking in the\" | stemmed | text:traffic (heading:traffic)^1.5"
            + " | +(text:traffic)^0.5 #text_exact:\"trafficking_in in_the\""
            + " | one stemmed word makes no pair: the word itself; common words closing a phrase"
            + " without a negation are not required",
        "\"as appropriate\" | stemmed | +text:appropriate #text_exact:as_appropriate | "
            + " | common words opening a quoted phrase are required as written with the word after"
            + " them (the stemmed field has none), not through headings, which do not hold them;"
            + " here that is the whole phrase, so no bonus is left to give",
        "\"trafficking persons shall not be detained\" | stemmed"
            + " | +text_pairs:\"traffic person person shall shall _ _ detain\""
            + " #text_exact:\"shall_not not_be be_detained\""
            + " | +(+text_pairs:\"traffic person person shall shall _ _ detain\""
            + " #text_exact:\"shall_not not_be be_detained\")^0.5"
            + " #text_exact:\"trafficking persons shall_not not_be be_detained\""
            + " | a negation inside is required with its neighbours (the stemmed phrase alone also"
            + " matched 'shall then be detained'); the other words keep their stems",
        "\"trafficking in persons\" | exact | text_exact:\"trafficking_in in_persons\" | "
            + " | exact mode matches the wording itself, through the pairs the index holds",
        "\"of the\" | stemmed | text_exact:of_the | "
            + " | only stopwords: matched on the exact field as one pair, nothing to add",
        "\"states parties shall\" | exact | text_exact:\"states parties shall\" | "
            + " | no common word: the words themselves",
        "trafficking | stemmed | text:traffic (heading:traffic)^1.5 |"
            + " | a word has no exact-wording bonus",
        "position of vulnerability | stemmed"
            + " | +(text:position (heading:position)^1.5) +(text:vulnerable (heading:vulnerable)^1.5)"
            + " | +(+(text:position (heading:position)^1.5) +(text:vulnerable"
            + " (heading:vulnerable)^1.5))^0.5 #text_pairs:position _ vulnerable"
            + " | words without quotes: a share of their score again where they form the phrase",
        "of trafficking | stemmed | +(text:traffic (heading:traffic)^1.5) |"
            + " | one stemmed word forms no phrase: no bonus",
        "traffick* persons | stemmed | +text_exact:traffick* +(text:person (heading:person)^1.5) |"
            + " | a wildcard has no wording to hold in place: no bonus",
        "position of vulnerability | exact | +text_exact:position +text_exact:of"
            + " +text_exact:vulnerability | | exact mode ranks the words by their own scores",
      })
  void splitsExactWordingOffAsBonuses(
      String q, String mode, String matching, String bonuses, String why) {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.of(mode), true).ranked(QueryParser.parse(q));
    assertEquals(matching, ranked.matching().toString(), why);
    List<String> expected = bonuses == null ? List.of() : List.of(bonuses.split(" ; "));
    assertEquals(expected, ranked.all().stream().map(Object::toString).toList(), why);
  }

  /**
   * Over an index holding Spanish and French provisions, a stemmed query is read in each language's
   * stems as well, and each provision is matched, and given bonuses, by its own language's reading
   * alone: English where the readings agree.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // query | matching | bonuses, ' ; '-separated | why
        "trata | (+(text:trata (heading:trata)^1.5) -language:es)"
            + " (+(text:trat (heading:trat)^1.5) #language:es) |"
            + " | Spanish stems its own way; French reads it as English does",
        "ecuador | (+(text:ecuador (heading:ecuador)^1.5) -language:fr)"
            + " (+(text:ecuado (heading:ecuado)^1.5) #language:fr) |"
            + " | the French stemmer alone changes the word",
        "\"traite des personnes\" | (+(text_pairs:\"traite des des personne\""
            + " (heading:\"traite des personne\")^1.5) -language:es -language:fr)"
            + " (+(text_pairs:\"trait des des personn\" (heading:\"trait des personn\")^1.5)"
            + " #language:es) (+(text_pairs:trait _ person (heading:\"trait ? person\")^1.5)"
            + " #language:fr)"
            + " | +(+(text_pairs:\"traite des des personne\")^0.5"
            + " #text_exact:\"traite des personnes\") -language:es -language:fr"
            + " ; +(+(text_pairs:\"trait des des personn\")^0.5"
            + " #text_exact:\"traite des personnes\") #language:es"
            + " ; +(+(text_pairs:trait _ person)^0.5 #text_exact:\"traite des personnes\")"
            + " #language:fr"
            + " | a phrase through each language's pairs, French dropping its stopword;"
            + " each reading's bonus only where that reading matches",
      })
  void readsEachLanguageInItsOwnStems(String q, String matching, String bonuses, String why) {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.STEMMED, true, new Languages(List.of("es", "fr"), t -> false))
            .ranked(QueryParser.parse(q));
    assertEquals(matching, ranked.matching().toString(), why);
    List<String> expected = bonuses == null ? List.of() : List.of(bonuses.split(" ; "));
    assertEquals(expected, ranked.all().stream().map(Object::toString).toList(), why);
  }

  /**
   * A quoted phrase's exact wording is scored inside the query or apart by how rare it is ({@link
   * ExactBonus#split}); unquoted words' phrase always apart, where it was the faster.
   */
  @Test
  void unquotedWordsAreAlwaysScoredApart() {
    QueryCompiler.Ranked words =
        new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse("abuse of power"));
    assertEquals(List.of(), words.bonuses());
    assertEquals(1, words.apart().size());
    QueryCompiler.Ranked phrase =
        new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse("\"abuse of power\""));
    assertEquals(1, phrase.bonuses().size());
    assertEquals(List.of(), phrase.apart());
  }

  /**
   * Whether a query is read in other languages depends on its words alone: the ranking query reads
   * a phrase's pairs, the marking query its words, and both must read the same languages.
   */
  @Test
  void theWordsDecideWhetherAQueryIsReadInOtherLanguages() {
    Languages wordsHeldPairsNot =
        new Languages(List.of("es", "fr"), t -> !t.field().equals(Fields.TEXT_PAIRS));
    QueryNode phrase = QueryParser.parse("\"traite des personnes\"");
    Query ranking = new QueryCompiler(SearchMode.STEMMED, true, wordsHeldPairsNot).compile(phrase);
    Query marking = new QueryCompiler(SearchMode.STEMMED, false, wordsHeldPairsNot).compile(phrase);
    assertFalse(ranking.toString().contains("language:"), ranking.toString());
    assertFalse(marking.toString().contains("language:"), marking.toString());
  }
}
