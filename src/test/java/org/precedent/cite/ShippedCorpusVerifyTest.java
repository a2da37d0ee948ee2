package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * Quotations checked against the shipped corpus where the citation is wrong: the verdict, and the
 * provision {@code found_in} names first, where the words are held alike in several.
 */
class ShippedCorpusVerifyTest {
  static final Path CORPUS = Path.of("corpus");

  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("manifest")), "no corpus/ here");
    new Indexer(new IndexStore(indexRoot)).build(Corpus.load(CORPUS), n -> {});
    kb = KnowledgeBase.open(CORPUS, indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the recruitment, transportation, transfer, harbouring or receipt of persons|article 4 (a)"
            + " of the Protocol|citation_unresolved|tip-protocol/art_3__subpara_a|a wrong article"
            + " number: the named Protocol's art. 3 (a) before the Principles' footnote quoting it",
        "Trafficked persons shall not be detained, charged or prosecuted|resolution 64/293, annex,"
            + " para. 31|citation_unresolved|ohchr-principles/principle_7|a resolution whose text"
            + " the corpus lacks: the words are Principle 7's",
        "the recruitment, transportation, transfer, harbouring or receipt of persons|Principle"
            + " 7|not_in_cited|ohchr-principles/footnote_|the wrong provision: of those holding the"
            + " words alike, the cited instrument's own first (its footnotes quoting art. 3 (a))",
        "the recruitment, transportation, transfer, harbouring or receipt of persons|resolution"
            + " 64/293, annex, para. 2|citation_unresolved|tip-protocol/art_3__subpara_a|an"
            + " instrument without text: of those holding the words alike, the treaty first",
      })
  void aWrongCitationSaysWhereTheWordsAre(
      String quote, String citation, String verdict, String first, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    assertFalse(v.foundIn().isEmpty(), why + " :: " + v);
    // An id, or an id's opening where several of one instrument hold the words alike.
    String found = v.foundIn().get(0).id();
    assertTrue(
        found.equals(first) || first.endsWith("_") && found.startsWith(first),
        why + " :: " + v.foundIn());
  }
}
