package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;

/**
 * Whose heading a provision has: an article's or a guideline's is its own, and its paragraphs stand
 * under it, so only the article's document searches it.
 */
class IndexerEntriesTest {
  private static Map<String, Indexer.Entry> entries;

  @BeforeAll
  static void read() {
    entries =
        Indexer.entries(Corpus.load(Path.of("corpus"))).stream()
            .collect(Collectors.toMap(e -> e.provision().id().toString(), e -> e));
  }

  @ParameterizedTest(name = "{0}: own heading {1}")
  @CsvSource({
    "tip-protocol/art_8, true",
    "tip-protocol/art_8__para_1, false",
    "untoc/art_31, true",
    "untoc/art_31__para_2__subpara_c, false",
    "ohchr-principles/guideline_2, true",
    "ohchr-principles/guideline_2__para_5, false",
  })
  void aHeadingIsOwnedByTheProvisionItTitles(String id, boolean own) {
    Indexer.Entry entry = entries.get(id);
    assertEquals(own, entry.ownHeading(), id);
    assertFalse(entry.provision().heading().isBlank(), "every one stands under a heading");
  }
}
