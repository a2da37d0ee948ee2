package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment spliced from two texts, each copied many times. The shorter part's runs are the rarer
 * (fewer copies) and more than fill the shingle query, so only its copies are brought and aligned;
 * the longer part's copies, which hold more of the segment, share none of the chosen runs. The
 * check must list what exhaustive alignment lists: copies of the longer part first.
 */
class SplicedSegmentTest {
  private static final String SHORTER =
      "calls upon Member States to strengthen the collection of data on forced labour in supply"
          + " chains and to share that information regularly with the regional commissions and the"
          + " specialized agencies concerned";
  private static final String LONGER =
      "encourages the relevant agencies of the system to provide technical assistance upon"
          + " request for the drafting of national legislation on the protection of migrant"
          + " domestic workers and the training of labour inspectors in the countries of origin,"
          + " transit and destination of such workers";

  private static final int SHORTER_COPIES = 30;
  private static final int LONGER_COPIES = 38;

  @TempDir Path temp;

  @Test
  void theSourceOfThePartTheQueryLeftOutIsListedFirst() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < SHORTER_COPIES; i++) {
      texts.add(SHORTER + ", at meeting " + i + ".");
    }
    for (int i = 0; i < LONGER_COPIES; i++) {
      texts.add("The Assembly " + LONGER + ", note " + i + ".");
    }
    for (int i = 0; i < 40; i++) {
      texts.add("Takes note of the report of meeting number " + i + " on other matters.");
    }
    OneSegmentCheck check =
        OneSegmentCheck.of(temp, "test-splice", texts, SHORTER + " and " + LONGER + ".");
    Precedent closest = check.reference().get(0);
    assertFalse(isShorter(closest), "the fixture's closest source: " + closest.id());
    assertFalse(
        isShorter(check.listed().get(0)), "a copy of the longer part first: " + check.listedIds());
    assertEquals(
        check.reference().stream().map(SplicedSegmentTest::isShorter).toList(),
        check.listed().stream().map(SplicedSegmentTest::isShorter).toList(),
        "the parts' copies in the exhaustive reference's order: " + check.listedIds());
  }

  /** A copy of the shorter part: paragraphs 1 to 30 of the fixture ("test-splice/para_12"). */
  private static boolean isShorter(Precedent p) {
    return OneSegmentCheck.paragraph(p) <= SHORTER_COPIES;
  }
}
