package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void anUnknownConceptIsAnErrorListingTheKnownOnes() {
    QueryException e =
        assertThrows(QueryException.class, () -> compile("concept:amnesty", SearchMode.STEMMED));
    assertTrue(e.getMessage().contains("amnesty"), e.getMessage());
    assertTrue(e.detail().contains("non-punishment"), e.detail());
    assertEquals("concept:non-punishment", compile("concept:Non-Punishment", SearchMode.STEMMED));
  }
}
