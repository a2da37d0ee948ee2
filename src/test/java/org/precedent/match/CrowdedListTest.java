package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Manifest;
import org.precedent.index.IndexStore;
import org.precedent.index.ProvisionIndex;
import org.precedent.testing.ParagraphIndex;

/**
 * A segment copied from a text that OCR damaged ("1ack"). The damaged text, copied thirty times,
 * shares the segment's rarest runs (those holding "1ack") but has three words the segment lacks; a
 * variant copied more often has "lack" and nothing else, and so is the closer wording. The damaged
 * copies outscore the variant and take every place of the shingle query's list, each holding the
 * whole segment; the check must ask again without them and list the variant first, as exhaustive
 * alignment does.
 */
class CrowdedListTest {
  private static final String BEFORE = "Recognizing that poverty, unemployment, ";
  private static final String DAMAGED = "1ack of socio-economic opportunities,";
  private static final String CLEAN = "lack of socio-economic opportunities,";
  private static final String QUALIFIER = " in appropriate cases,";
  private static final String AFTER =
      " gender-based violence, discrimination and marginalization are some of the contributing"
          + " factors that make persons vulnerable to trafficking in persons";

  /** Copies of the damaged text: more than fill the shingle query's 24 agreed places. */
  private static final int DAMAGED_COPIES = 30;

  /** Copies of the variant: its runs are rarer than the ceiling on a rare term (40) still. */
  private static final int VARIANT_COPIES = 38;

  @TempDir Path temp;

  @Test
  void aListCrowdedByCopiesOfOneTextIsAskedAgainWithoutThem() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < DAMAGED_COPIES; i++) {
      // The damaged text, with the qualifier and three words of its own.
      texts.add(BEFORE + DAMAGED + QUALIFIER + " among other things," + AFTER + ";");
    }
    for (int i = 0; i < VARIANT_COPIES; i++) {
      texts.add(BEFORE + CLEAN + QUALIFIER + AFTER + ";");
    }
    for (int i = 0; i < 40; i++) {
      texts.add("Takes note of the report of meeting number " + i + " on other matters.");
    }
    Path root = temp.resolve("index");
    ParagraphIndex.build(root, "test-crowded", texts);
    Path corpus = Files.createDirectories(temp.resolve("corpus").resolve(Manifest.DIRECTORY));
    CheckRequest request = CheckRequest.of(BEFORE + DAMAGED + QUALIFIER + AFTER + ".");
    try (ProvisionIndex index = ProvisionIndex.open(new IndexStore(root))) {
      Manifest manifest = Manifest.read(corpus.getParent());
      Precedent reference = precedents(Checker.exhaustive(index, manifest), request).get(0);
      assertTrue(isVariant(reference), "the fixture's closest wording: " + reference.id());
      List<Precedent> listed = precedents(new Checker(index, manifest), request);
      assertTrue(
          isVariant(listed.get(0)),
          "a copy of the variant first: " + listed.stream().map(Precedent::id).toList());
      assertEquals(reference.similarity(), listed.get(0).similarity(), 1e-9);
    }
  }

  private static List<Precedent> precedents(Checker checker, CheckRequest request) {
    CheckReport report = checker.check(request);
    assertEquals(1, report.segments().size(), "one segment");
    List<Precedent> precedents = report.segments().get(0).precedents();
    assertFalse(precedents.isEmpty(), "no precedent listed");
    return precedents;
  }

  /** A copy of the variant: paragraphs 31 to 68 of the fixture ("test-crowded/para_40"). */
  private static boolean isVariant(Precedent p) {
    int n = Integer.parseInt(p.id().substring(p.id().lastIndexOf('_') + 1));
    return n > DAMAGED_COPIES && n <= DAMAGED_COPIES + VARIANT_COPIES;
  }
}
