package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.precedent.search.QueryException;
import org.precedent.search.SearchRequest;

/** Which searches the kept answers spare, and which they must not. */
class SearchAnswersTest {
  private static final SearchRequest REQUEST = SearchRequest.of("position of vulnerability");
  private final AtomicInteger searches = new AtomicInteger();

  private Supplier<byte[]> search(String json) {
    return () -> {
      searches.incrementAndGet();
      return json.getBytes(StandardCharsets.UTF_8);
    };
  }

  @Test
  void theSameRequestOverTheSameCorpusIsSearchedOnce() {
    SearchAnswers answers = new SearchAnswers(1 << 20);
    assertFalse(answers.answer(1, REQUEST, search("{\"total\":3}")).kept());
    SearchAnswers.Answer again = answers.answer(1, REQUEST, search("{\"total\":4}"));
    assertTrue(again.kept());
    assertArrayEquals("{\"total\":3}".getBytes(StandardCharsets.UTF_8), again.json());
    assertEquals(1, searches.get());
  }

  @Test
  void aNewGenerationOfTheCorpusIsSearchedAgain() {
    SearchAnswers answers = new SearchAnswers(1 << 20);
    answers.answer(1, REQUEST, search("{\"total\":3}"));
    SearchAnswers.Answer after = answers.answer(2, REQUEST, search("{\"total\":4}"));
    assertFalse(after.kept());
    assertEquals("{\"total\":4}", new String(after.json(), StandardCharsets.UTF_8));
    assertEquals(2, searches.get());
  }

  /** A refused search leaves nothing behind: the same request, once valid, is searched. */
  @Test
  void aFailedSearchIsNotKept() {
    SearchAnswers answers = new SearchAnswers(1 << 20);
    Supplier<byte[]> refused =
        () -> {
          searches.incrementAndGet();
          throw new QueryException("unknown instrument", "no-such-instrument");
        };
    assertThrows(QueryException.class, () -> answers.answer(1, REQUEST, refused));
    assertThrows(QueryException.class, () -> answers.answer(1, REQUEST, refused));
    assertFalse(answers.answer(1, REQUEST, search("{\"total\":0}")).kept());
    assertEquals(3, searches.get());
  }

  @Test
  void noneAreKeptWithoutRoom() {
    SearchAnswers answers = new SearchAnswers(0);
    answers.answer(1, REQUEST, search("{}"));
    assertFalse(answers.answer(1, REQUEST, search("{}")).kept());
    assertEquals(2, searches.get());
    assertThrows(IllegalArgumentException.class, () -> new SearchAnswers(-1));
  }
}
