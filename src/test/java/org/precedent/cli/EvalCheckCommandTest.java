package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.match.FixtureIndex;
import org.precedent.match.Verdict;

/** {@code eval check}: scoring rules on the fixture, and the dev set on the real corpus. */
class EvalCheckCommandTest {
  static final Path DEV = Path.of("..", "shared", "eval", "check-dev.tsv");

  /** Own labelled cases from the negotiation record: drafts converging on treaty wording. */
  static final Path REGRESSION =
      Path.of("src", "test", "resources", "match", "check-regression.tsv");

  @Test
  void scoresTheFixtureSet(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = FixtureIndex.open(temp)) {
      EvalCheckCommand.Result result =
          EvalCheckCommand.evaluate(kb, FixtureIndex.CORPUS.resolve("check-fixture.tsv"));
      assertEquals(2, result.sources());
      assertEquals(2, result.top(3), result.outcomes().toString());
      assertEquals(3, result.verdictCases());
      assertEquals(3, result.verdictsRight(), result.outcomes().toString());
    }
  }

  @Test
  void matchesAncestorsDescendantsInstrumentsAndAlternatives() {
    assertTrue(EvalCheckCommand.matches("tip-protocol/art_7__para_1", "tip-protocol/art_7"));
    assertTrue(EvalCheckCommand.matches("tip-protocol/art_7", "tip-protocol/art_7__para_1"));
    assertTrue(EvalCheckCommand.matches("untoc/art_25__para_1", "untoc/art_24|untoc/art_25"));
    assertTrue(EvalCheckCommand.matches("ohchr-principles/principle_5", "ohchr-principles"));
    assertFalse(EvalCheckCommand.matches("tip-protocol/art_17", "tip-protocol/art_1"));
  }

  @Test
  void notAgreedMeansNoSegmentAgreedVariantOrModified() {
    assertTrue(
        EvalCheckCommand.verdictOk(
            "not_agreed", List.of(Verdict.NEW, Verdict.NOT_AGREED_PRECEDENT)));
    assertFalse(EvalCheckCommand.verdictOk("not_agreed", List.of(Verdict.NEW, Verdict.MODIFIED)));
    assertFalse(EvalCheckCommand.verdictOk("agreed", List.of(Verdict.AGREED_VARIANT)));
  }

  /** Runs the dev set on the shipped corpus once the treaties and the Principles are in it. */
  @Test
  void devSetOnTheRealCorpus(@TempDir Path temp) throws IOException {
    Path corpus = Path.of("corpus");
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "../shared/eval/check-dev.tsv not present");
    Corpus loaded = Corpus.load(corpus);
    for (String needed : List.of("tip-protocol", "ohchr-principles", "untoc")) {
      Assumptions.assumeTrue(
          loaded.instrument(needed).filter(i -> i.hasText()).isPresent(),
          "corpus/ lacks the text of " + needed);
    }
    new Indexer(new IndexStore(temp)).build(loaded, n -> {});
    try (KnowledgeBase kb = KnowledgeBase.open(corpus, temp)) {
      for (Path file : List.of(DEV, REGRESSION)) {
        EvalCheckCommand.Result result = EvalCheckCommand.evaluate(kb, file);
        // Floor, not perfection: a source sharing no wording with the draft (check-dev D04, a
        // paraphrase of Principle 7) is beyond a text-reuse matcher.
        assertTrue(
            result.top(3) >= 0.8 * result.sources(),
            file + ": sources in the top 3: " + result.outcomes());
        assertEquals(
            result.verdictCases(),
            result.verdictsRight(),
            file + ": every verdict right: " + result.outcomes());
      }
    }
  }
}
