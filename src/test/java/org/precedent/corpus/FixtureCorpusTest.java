package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing the fixture corpus: drops, joins, cleaning, status ranges, provenance and hashes. */
class FixtureCorpusTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixture-core");

  @Test
  void dropRemovesPageHeaderAndJoinReattachesTheSplitParagraph() {
    List<Provision> statement = Corpus.load(FIXTURE).provisions("fixture-statement");
    assertEquals(3, statement.size());
    Provision joined = statement.get(1);
    assertEquals("para_2", joined.eid());
    assertEquals(
        "We must address the root causes of trafficking, including poverty.", joined.text());
    assertEquals(12, joined.source().fromLine());
    assertEquals(15, joined.source().toLine());
    assertEquals("fixture-seed.txt", joined.source().file());
  }

  @Test
  void cleaningRemovesTypesettingButKeepsWords() {
    Provision p = Corpus.load(FIXTURE).provisions("fixture-report").get(1);
    assertEquals("States should criminalize all forms of trafficking.", p.text());
  }

  @Test
  void statusRangesOverrideTheInstrumentStatus() {
    List<Provision> report = Corpus.load(FIXTURE).provisions("fixture-report");
    assertEquals(
        List.of(Status.REPORT, Status.ADOPTED_RECOMMENDATION, Status.ADOPTED_RECOMMENDATION),
        report.stream().map(Provision::status).toList());
  }

  @Test
  void hashIsSha256OfTheTextAndCitationUsesTheShortTitle() {
    Provision p = Corpus.load(FIXTURE).provisions("fixture-statement").get(2);
    assertEquals(Outline.sha256("Thank you."), p.hash());
    assertEquals(64, p.hash().length());
    assertEquals("Fixture statement, para. 3", p.citation());
  }

  @Test
  void metadataOnlyInstrumentsHaveNoProvisions() {
    Corpus corpus = Corpus.load(FIXTURE);
    assertFalse(corpus.instrument("a-res-64-178").orElseThrow().hasText());
    assertTrue(corpus.provisions("a-res-64-178").isEmpty());
  }

  @Test
  void snapshotChangesWithContent() {
    assertEquals(Corpus.snapshotOf(FIXTURE), Corpus.snapshotOf(FIXTURE));
    assertEquals(16, Corpus.snapshotOf(FIXTURE).length());
  }

  @Test
  void unknownLayoutIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Layouts.forName("sonnet"));
    assertTrue(e.getMessage().contains("unknown layout 'sonnet'"));
  }
}
