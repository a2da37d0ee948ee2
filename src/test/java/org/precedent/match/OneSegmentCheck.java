package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.precedent.corpus.Manifest;
import org.precedent.index.IndexStore;
import org.precedent.index.ProvisionIndex;
import org.precedent.testing.ParagraphIndex;

/**
 * A draft of one segment checked over a fixture of paragraphs (one instrument, paragraph n its n-th
 * text), by the check and by exhaustive alignment, which the check's lists are measured against.
 */
record OneSegmentCheck(List<Precedent> reference, List<Precedent> listed) {
  /** Builds the fixture under {@code temp} and checks {@code segment} both ways. */
  static OneSegmentCheck of(Path temp, String instrumentId, List<String> texts, String segment)
      throws IOException {
    Path root = temp.resolve("index");
    ParagraphIndex.build(root, instrumentId, texts);
    Path corpus = Files.createDirectories(temp.resolve("corpus").resolve(Manifest.DIRECTORY));
    CheckRequest request = CheckRequest.of(segment);
    try (ProvisionIndex index = ProvisionIndex.open(new IndexStore(root))) {
      Manifest manifest = Manifest.read(corpus.getParent());
      return new OneSegmentCheck(
          precedents(Checker.exhaustive(index, manifest), request),
          precedents(new Checker(index, manifest), request));
    }
  }

  /** The ids the check listed, in order: for failure messages. */
  List<String> listedIds() {
    return listed.stream().map(Precedent::id).toList();
  }

  /** The number of the paragraph a precedent is ("test-splice/para_12": 12). */
  static int paragraph(Precedent p) {
    return Integer.parseInt(p.id().substring(p.id().lastIndexOf('_') + 1));
  }

  private static List<Precedent> precedents(Checker checker, CheckRequest request) {
    CheckReport report = checker.check(request);
    assertEquals(1, report.segments().size(), "one segment");
    List<Precedent> precedents = report.segments().get(0).precedents();
    assertFalse(precedents.isEmpty(), "no precedent listed");
    return precedents;
  }
}
