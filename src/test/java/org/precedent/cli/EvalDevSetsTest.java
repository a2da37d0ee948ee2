package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.cite.CiteFixture;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * The development sets in {@code ../shared/eval} against the shipped corpus, expecting 100%. Skips
 * while the corpus lacks the instruments they cite (the treaty texts, OHCHR principles, A/64/L.64).
 */
class EvalDevSetsTest {
  static final Path EVAL = Path.of("..", "shared", "eval");
  static final List<String> NEEDED =
      List.of("tip-protocol", "untoc", "ohchr-principles", "a-64-l-64", "a-res-61-180");

  @Test
  void devSetsScoreFullMarksOnTheRealCorpus(@TempDir Path index) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(EVAL), "../shared/eval not present");
    Corpus corpus = Corpus.load(Path.of("corpus"));
    for (String id : NEEDED) {
      Assumptions.assumeTrue(corpus.instrument(id).isPresent(), "corpus lacks " + id);
    }
    Assumptions.assumeTrue(
        !corpus.provisions("tip-protocol").isEmpty(), "corpus lacks the Protocol's text");
    new Indexer(new IndexStore(index)).build(corpus, n -> {});
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of("corpus"), index)) {
      for (String file : List.of("cite-dev.tsv", "extract-dev.tsv")) {
        EvalSet.Score s = EvalCite.run(kb, EVAL.resolve(file));
        assertEquals(s.total(), s.passed(), s.line() + " " + s.failures());
      }
      EvalSet.Score v = EvalVerify.run(kb, EVAL.resolve("verify-dev.tsv"));
      assertEquals(v.total(), v.passed(), v.line() + " " + v.failures());
    }
  }

  @Test
  void evalScoresACiteSetWithAncestorAndEitherMatching(@TempDir Path dir) throws Exception {
    Path set = dir.resolve("cite-fixture.tsv");
    Files.writeString(
        set,
        "case\tcitation\texpected\tstatus\n"
            + "F1\tCTOC/COP/WG.4/2010/6, para. 2\tctoc-cop-wg-4-2010-6/para_2\t200\n"
            + "F2\tparagraph 9 of CTOC/COP/WG.4/2010/6\t\t404\n"
            + "F3\tarticle 6 of the Palermo Protocol\ttip-protocol\t200\n"
            + "F4\tCTOC/COP/WG.4/2010/6, para. 1\tctoc-cop-wg-4-2010-6/para_2|untoc\t200\n",
        StandardCharsets.UTF_8);
    try (KnowledgeBase kb = CiteFixture.open(dir.resolve("index"))) {
      EvalSet.Score score = EvalCite.run(kb, set);
      assertEquals(3, score.passed());
      assertEquals(4, score.total());
      assertEquals("cite-fixture.tsv: 3/4 (75.0%)", score.line());
      assertTrue(
          score.failures().get(0).startsWith("F4: resolved to"), score.failures().toString());
    }
  }
}
