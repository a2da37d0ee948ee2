package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.corpus.Status;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.match.CheckRequest;
import org.precedent.match.Checker;
import org.precedent.match.FixtureIndex;
import org.precedent.match.Precedent;
import org.precedent.match.SegmentCheck;
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
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "../shared/eval/check-dev.tsv not present");
    try (KnowledgeBase kb = realCorpus(temp)) {
      for (Path file : List.of(DEV, REGRESSION)) {
        EvalCheckCommand.Result result = EvalCheckCommand.evaluate(kb, file);
        // Every source, including one sharing no wording with the draft (check-dev D04, a
        // paraphrase of Principle 7 listed for the concept it states).
        assertEquals(
            result.sources(), result.top(3), file + ": sources in the top 3: " + result.outcomes());
        assertEquals(
            result.verdictCases(),
            result.verdictsRight(),
            file + ": every verdict right: " + result.outcomes());
      }
    }
  }

  /**
   * Coverage from which an aligned precedent is reuse rather than chance overlap ("It is not enough
   * for us to react." shares only little words with any provision): half the segment's words.
   */
  private static final double REUSE = 0.5;

  private static final String FIRST_DRAFT = "gpa-first-draft-2010-04";

  /**
   * The candidate stage loses almost no reuse: on the labelled draft paragraphs and the Plan of
   * Action's first draft, the best agreed source found by aligning against every provision, where
   * it covers half the segment or more, is among the precedents the normal check lists.
   */
  @Test
  void candidatesFindWhatExhaustiveAlignmentFinds(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = realCorpus(temp)) {
      List<String> drafts = new ArrayList<>();
      for (Path file : Files.isRegularFile(DEV) ? List.of(REGRESSION, DEV) : List.of(REGRESSION)) {
        Files.readAllLines(file).stream().skip(1).map(l -> l.split("\t")[1]).forEach(drafts::add);
      }
      // The first draft of the Plan of Action, which borrowed from the treaties and Principles.
      kb.index().provisions(FIRST_DRAFT).stream()
          .filter(p -> p.children().isEmpty())
          .map(Provision::text)
          .forEach(drafts::add);
      Checker exhaustive = Checker.exhaustive(kb.index(), kb.manifest());
      int compared = 0;
      List<String> lost = new ArrayList<>();
      for (String text : drafts) {
        CheckRequest request = new CheckRequest(text, List.of(FIRST_DRAFT), List.of());
        List<SegmentCheck> fast = kb.check(request).segments();
        List<SegmentCheck> reference = exhaustive.check(request).segments();
        for (int i = 0; i < reference.size(); i++) {
          Optional<Precedent> best =
              reference.get(i).precedents().stream()
                  .filter(p -> Status.of(p.status()).isAgreedSource())
                  .filter(p -> p.coverage() >= REUSE)
                  .findFirst();
          if (best.isEmpty()) {
            continue;
          }
          compared++;
          if (fast.get(i).precedents().stream().noneMatch(p -> p.id().equals(best.get().id()))) {
            lost.add(best.get().id() + " for: " + reference.get(i).text());
          }
        }
      }
      assertTrue(compared >= 20, "segments compared: " + compared);
      // Measured 27 of 29 (0.93). The two lost are stretches made of long recurring names ("the
      // Working Group on Trafficking in Persons established by the Conference of the Parties to
      // ..."), which by design never bring a candidate on their own.
      assertTrue(
          compared - lost.size() >= 0.9 * compared,
          "recall " + (compared - lost.size()) + "/" + compared + ", lost: " + lost);
    }
  }

  /**
   * The paragraph that holds the shared words is cited, not the guideline around it: for the final
   * Plan of Action's non-punishment paragraph (A/64/L.64, annex para. 30, seed 001), Guideline 2
   * (5) rather than the whole of Guideline 2, which only contains it.
   */
  @Test
  void citesTheParagraphRatherThanTheGuidelineHoldingIt(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = realCorpus(temp)) {
      String para30 = textOf(kb, "a-64-l-64/annex__para_30");
      List<String> ids =
          kb.check(new CheckRequest(para30, List.of("a-64-l-64"), List.of())).segments().stream()
              .flatMap(s -> s.precedents().stream())
              .map(Precedent::id)
              .toList();
      assertTrue(ids.contains("ohchr-principles/guideline_2__para_5"), ids.toString());
      assertFalse(ids.contains("ohchr-principles/guideline_2"), ids.toString());
    }
  }

  /**
   * A short formula no instrument holds is new text, though a report shares "to remain" and "of
   * the" with it and decision 16/2 "Decides to" and "of the": counted in words alone, either held
   * more than two fifths of it, and it was said to be found only in texts that are not agreed.
   */
  @Test
  void aShortSegmentSharingOnlyCommonWordsIsNewText(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = realCorpus(temp)) {
      SegmentCheck segment =
          kb.check(CheckRequest.of("Decides to remain seized of the matter.")).segments().get(0);
      assertEquals("new", segment.verdict().label(), segment.precedents().toString());
    }
  }

  /**
   * A paragraph of A/64/L.64 is found only in drafts, and the check says so; but the General
   * Assembly adopted that draft as resolution 64/293, whose text the corpus does not hold, and a
   * delegate must learn that the wording may be agreed there. A treaty precedent says nothing.
   */
  @Test
  void aDraftPrecedentNamesTheResolutionItWasAdoptedAs(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = realCorpus(temp)) {
      String para30 = textOf(kb, "a-64-l-64/annex__para_30");
      List<Precedent> precedents = kb.check(CheckRequest.of(para30)).segments().get(0).precedents();
      Precedent draft = listed(precedents, "a-64-l-64/annex__para_30");
      assertEquals(
          new Precedent.Adoption(
              "a-res-64-293",
              "A/RES/64/293",
              "United Nations Global Plan of Action to Combat Trafficking in Persons",
              false),
          draft.adoptedAs());
      assertTrue(
          precedents.stream()
              .filter(p -> !p.id().startsWith("a-64-l-64/"))
              .allMatch(p -> p.adoptedAs() == null),
          precedents.toString());
    }
  }

  /**
   * Every word of "Trafficked persons shall not be detained." is Principle 7's, which goes on
   * "charged or prosecuted": a narrowed protection, not agreed language.
   */
  @Test
  void aDraftStoppingInsideAListIsModified(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = realCorpus(temp)) {
      SegmentCheck segment =
          kb.check(CheckRequest.of("Trafficked persons shall not be detained.")).segments().get(0);
      assertEquals("modified", segment.verdict().label(), segment.precedents().toString());
      Precedent principle7 = listed(segment.precedents(), "ohchr-principles/principle_7");
      assertTrue(
          principle7.weightChanges().stream()
              .anyMatch(
                  w ->
                      w.effect().equals("narrows: drops 'charged or prosecuted' after 'detained'")),
          principle7.weightChanges().toString());
    }
  }

  /** The precedent {@code id} among those listed; fails, naming them, when it is not. */
  private static Precedent listed(List<Precedent> precedents, String id) {
    return precedents.stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not listed: " + precedents));
  }

  private static String textOf(KnowledgeBase kb, String id) {
    return kb.index()
        .provision(org.precedent.corpus.ProvisionId.parse(id).orElseThrow())
        .orElseThrow()
        .text();
  }

  private static KnowledgeBase realCorpus(Path temp) {
    Path corpus = Path.of("corpus");
    Corpus loaded = Corpus.load(corpus);
    for (String needed : List.of("tip-protocol", "ohchr-principles", "untoc")) {
      Assumptions.assumeTrue(
          loaded.instrument(needed).filter(i -> i.hasText()).isPresent(),
          "corpus/ lacks the text of " + needed);
    }
    new Indexer(new IndexStore(temp)).build(loaded, n -> {});
    return KnowledgeBase.open(corpus, temp);
  }
}
