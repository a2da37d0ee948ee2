package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.index.StoredFields;
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
                    StoredFields fields = searcher.storedFields();
                    ViewReader views = new ViewReader(searcher);
                    for (int doc = 0; doc < n; doc++) {
                      Provision stored = ProvisionIndex.record(fields, views, doc);
                      Provision original = byId.get(stored.id());
                      assertEquals(original, stored);
                      assertEquals(ProvisionView.of(original), new ViewReader(searcher).view(doc));
                      assertEquals(
                          new HitDetails(
                              original.heading(),
                              List.copyOf(Concepts.standard().tag(original.text()))),
                          views.details(doc));
                    }
                    return n;
                  });
      assertEquals(byId.size(), compared);
    }
  }

  @Test
  void everyShippedProvisionRoundTripsWithItsTextsStoredOnlyWhereNeeded() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int leaves = 0;
    int parents = 0;
    for (Provision p : SHIPPED) {
      String record = ProvisionDocuments.toJson(p);
      assertEquals(p, ProvisionDocuments.fromJson(record, p.text()), p.id().toString());
      JsonNode stored = json.readTree(record);
      assertFalse(stored.has("text"), p.id().toString());
      // A leaf's own text is its text: a parent's chapeau is the only text the record keeps.
      boolean ownTextKept = stored.has("ownText");
      assertEquals(!Objects.equals(p.ownText(), p.text()), ownTextKept, p.id().toString());
      leaves += ownTextKept ? 0 : 1;
      parents += ownTextKept ? 1 : 0;
    }
    assertTrue(leaves > 1000 && parents > 100, leaves + " leaves, " + parents + " parents");
  }

  @Test
  void aHitsDetailsReadBackAsWritten() throws IOException {
    int headed = 0;
    int tagged = 0;
    for (Provision p : SHIPPED) {
      HitDetails details = HitDetails.of(p.heading(), Concepts.standard().tag(p.text()));
      assertEquals(details, HitDetails.decode(details.encode()), p.id().toString());
      headed += details.heading() == null ? 0 : 1;
      tagged += details.concepts().isEmpty() ? 0 : 1;
    }
    assertTrue(headed > 500 && tagged > 50, headed + " headed, " + tagged + " tagged");
    HitDetails blank = HitDetails.of(" ", List.of());
    assertEquals(new HitDetails(null, List.of()), HitDetails.decode(blank.encode()));
  }

  @Test
  void aTextThatDoesNotMatchItsRecordsHashIsRefused() {
    Provision p = SHIPPED.get(SHIPPED.size() / 2);
    String record = ProvisionDocuments.toJson(p);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ProvisionDocuments.fromJson(record, p.text().replace(" shall ", " should ") + "."));
    assertTrue(e.getMessage().contains(p.id().toString()), e.getMessage());
  }

  @Test
  void anUnreadableRecordIsReportedAsSuch() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ProvisionDocuments.fromJson("[1]", "x"));
    assertTrue(e.getMessage().contains("unreadable provision record"), e.getMessage());
  }
}
