package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    Path root = temp.resolve("index");
    ParagraphIndex.build(root, "test-splice", texts);
    Path corpus = Files.createDirectories(temp.resolve("corpus").resolve(Manifest.DIRECTORY));
    CheckRequest request = CheckRequest.of(SHORTER + " and " + LONGER + ".");
    try (ProvisionIndex index = ProvisionIndex.open(new IndexStore(root))) {
      Manifest manifest = Manifest.read(corpus.getParent());
      List<Precedent> reference = precedents(Checker.exhaustive(index, manifest), request);
      assertFalse(isShorter(reference.get(0)), "the fixture's closest source: " + reference.get(0));
      List<Precedent> listed = precedents(new Checker(index, manifest), request);
      List<String> ids = listed.stream().map(Precedent::id).toList();
      assertFalse(isShorter(listed.get(0)), "a copy of the longer part first: " + ids);
      assertEquals(
          reference.stream().map(SplicedSegmentTest::isShorter).toList(),
          listed.stream().map(SplicedSegmentTest::isShorter).toList(),
          "the parts' copies in the exhaustive reference's order: " + ids);
    }
  }

  private static List<Precedent> precedents(Checker checker, CheckRequest request) {
    CheckReport report = checker.check(request);
    assertEquals(1, report.segments().size(), "one segment");
    List<Precedent> precedents = report.segments().get(0).precedents();
    assertFalse(precedents.isEmpty(), "no precedent listed");
    return precedents;
  }

  /** A copy of the shorter part: paragraphs 1 to 30 of the fixture ("test-splice/para_12"). */
  private static boolean isShorter(Precedent p) {
    return Integer.parseInt(p.id().substring(p.id().lastIndexOf('_') + 1)) <= SHORTER_COPIES;
  }
}
