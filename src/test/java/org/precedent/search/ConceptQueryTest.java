package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** How a query naming a legal concept compiles, in each mode. */
class ConceptQueryTest {
  private static String compile(String q, SearchMode mode) {
    return new QueryCompiler(mode, true).compile(QueryParser.parse(q)).toString();
  }

  @Test
  void aNamedConceptWidensAStemmedQueryOnly() {
    assertTrue(compile("non-punishment", SearchMode.STEMMED).contains("concept:non-punishment"));
    assertTrue(compile("\"safe return\"", SearchMode.STEMMED).contains("concept:safe-return"));
    assertFalse(compile("non-punishment", SearchMode.EXACT).contains("concept:"));
    assertFalse(compile("punishment", SearchMode.STEMMED).contains("concept:"));
  }

  /**
   * Typed without quotes, a name of several words is the name all the same; other words are not.
   */
  @Test
  void anUnquotedNameWidensAsItsQuotedForm() {
    assertTrue(compile("safe return", SearchMode.STEMMED).contains("concept:safe-return"));
    assertTrue(
        compile("presumption of age", SearchMode.STEMMED).contains("concept:presumption-of-age"));
    assertTrue(
        new QueryCompiler(SearchMode.STEMMED, false)
            .compile(QueryParser.parse("safe return"))
            .toString()
            .contains("concept:safe-return"),
        "counted as it is ranked");
    assertFalse(compile("safe return victims", SearchMode.STEMMED).contains("concept:"));
    assertFalse(compile("safe return", SearchMode.EXACT).contains("concept:"));
  }

  /**
   * A provision naming a concept is tagged with it too: the name and the tag are one piece of
   * evidence, so the better of the two counts, with a tenth of the other added, not their sum, and
   * a provision stating the concept in other words is not outranked merely for naming it. The tag
   * weighs as the name said word for word, so the exact wording's bonus belongs to the name's side:
   * ranking scores it in place, as the compiled query does, not apart and added to the better side.
   */
  @Test
  void theNameAndTheTagCountAsOne() {
    QueryCompiler compiler = new QueryCompiler(SearchMode.STEMMED, true);
    QueryCompiler.Ranked ranked = compiler.ranked(QueryParser.parse("\"safe return\""));
    Query matching = ranked.matching();
    assertEquals(List.of(), ranked.all());
    assertEquals(compiler.compile(QueryParser.parse("\"safe return\"")), matching);
    BooleanQuery any = (BooleanQuery) matching;
    DisjunctionMaxQuery better = (DisjunctionMaxQuery) any.clauses().get(0).getQuery();
    assertEquals(QueryCompiler.NAMED_TOO, better.getTieBreakerMultiplier());
    // The exact wording still earns its bonus where the words are there.
    assertEquals(
        Set.of(
            "+text_pairs:safe return (+(text_pairs:safe return)^0.5 #text_exact:\"safe return\")",
            "(concept:safe-return)^1.5"),
        better.getDisjuncts().stream().map(Query::toString).collect(Collectors.toSet()));
    assertEquals("(heading:\"safe return\")^1.5", any.clauses().get(1).getQuery().toString());
  }

  @Test
  void anUnknownConceptIsAnErrorListingTheKnownOnes() {
    QueryException e =
        assertThrows(QueryException.class, () -> compile("concept:amnesty", SearchMode.STEMMED));
    assertTrue(e.getMessage().contains("amnesty"), e.getMessage());
    assertTrue(e.detail().contains("non-punishment"), e.detail());
    assertEquals("concept:non-punishment", compile("concept:Non-Punishment", SearchMode.STEMMED));
  }
}
