package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * Copies of the variant: few enough (the ceiling on a rare term is 40) that its own runs are
   * chosen too, but more than the damaged text's, so that they weigh less.
   */
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
    OneSegmentCheck check =
        OneSegmentCheck.of(temp, "test-crowded", texts, BEFORE + DAMAGED + QUALIFIER + AFTER + ".");
    Precedent closest = check.reference().get(0);
    assertTrue(isVariant(closest), "the fixture's closest wording: " + closest.id());
    assertTrue(
        isVariant(check.listed().get(0)), "a copy of the variant first: " + check.listedIds());
    assertEquals(closest.similarity(), check.listed().get(0).similarity(), 1e-9);
  }

  /** A copy of the variant: paragraphs 31 to 68 of the fixture ("test-crowded/para_40"). */
  private static boolean isVariant(Precedent p) {
    int n = OneSegmentCheck.paragraph(p);
    return n > DAMAGED_COPIES && n <= DAMAGED_COPIES + VARIANT_COPIES;
  }
}
