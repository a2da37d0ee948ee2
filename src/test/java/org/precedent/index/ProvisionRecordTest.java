package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.match.FixtureIndex;

/** The index gives back every provision exactly, though it stores each text only once. */
class ProvisionRecordTest {
  /** The shipped corpus: its articles have chapeaux, which the fixture's provisions lack. */
  private static final List<Provision> SHIPPED = Corpus.load(Path.of("corpus")).allProvisions();

  @Test
  void everyDocumentGivesBackItsCorpusProvisionAndView(@TempDir Path temp) throws IOException {
    Map<ProvisionId, Provision> byId =
        Corpus.load(FixtureIndex.CORPUS).allProvisions().stream()
            .collect(Collectors.toMap(Provision::id, Function.identity()));
    try (KnowledgeBase kb = FixtureIndex.open(temp)) {
      int compared =
          kb.index()
              .withSearcher(
                  searcher -> {
                    int n = searcher.getIndexReader().maxDoc();
                    for (int doc = 0; doc < n; doc++) {
                      Provision stored = ProvisionIndex.record(searcher, doc);
                      Provision original = byId.get(stored.id());
                      assertEquals(original, stored);
                      assertEquals(ProvisionView.of(original), ProvisionIndex.view(searcher, doc));
                    }
                    return n;
                  });
      assertEquals(byId.size(), compared);
    }
  }

  @Test
  void aLeafsRecordHoldsNeitherItsTextNorItsOwnText() {
    Provision leaf =
        SHIPPED.stream()
            .filter(p -> p.children().isEmpty() && p.text().length() > 40)
            .findFirst()
            .orElseThrow();
    assertEquals(leaf.text(), leaf.ownText());
    String json = ProvisionDocuments.toJson(leaf);
    assertFalse(json.contains(leaf.text().substring(0, 40)), json);
    assertEquals(leaf, ProvisionDocuments.fromJson(json, leaf.text()));
  }

  @Test
  void aParentsOwnTextStaysInItsRecord() {
    Provision parent =
        SHIPPED.stream()
            .filter(p -> p.ownText() != null && p.ownText().length() > 20)
            .filter(p -> !Objects.equals(p.ownText(), p.text()))
            .findFirst()
            .orElseThrow();
    String json = ProvisionDocuments.toJson(parent);
    assertTrue(json.contains(parent.ownText().substring(0, 20)), json);
    assertEquals(parent, ProvisionDocuments.fromJson(json, parent.text()));
  }

  @Test
  void anUnreadableRecordIsReportedAsSuch() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ProvisionDocuments.fromJson("[1]", "x"));
    assertTrue(e.getMessage().contains("unreadable provision record"), e.getMessage());
  }
}
