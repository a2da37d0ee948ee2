package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.match.FixtureIndex;

class ProvisionViewTest {
  @Test
  void everyDocumentsViewIsItsStoredRecordsIdStatusCitationAndText(@TempDir Path temp)
      throws IOException {
    try (KnowledgeBase kb = FixtureIndex.open(temp)) {
      int compared =
          kb.index()
              .withSearcher(
                  searcher -> {
                    int n = searcher.getIndexReader().maxDoc();
                    for (int doc = 0; doc < n; doc++) {
                      assertEquals(
                          ProvisionView.of(ProvisionIndex.record(searcher, doc)),
                          ProvisionIndex.view(searcher, doc));
                    }
                    return n;
                  });
      assertTrue(compared > 10, "fixture has " + compared + " documents");
    }
  }

  @Test
  void aMissingCitationAndNonLatinTextSurviveTheRoundTrip() throws IOException {
    ProvisionView view =
        new ProvisionView(
            ProvisionId.parse("x-1/para_2").orElseThrow(),
            Status.STATEMENT,
            null,
            "« Toute personne » — 人身 trafficking\nsecond line");
    assertEquals(view, ProvisionView.decode(view.encode()));
  }
}
