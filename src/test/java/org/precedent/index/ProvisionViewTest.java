package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;

class ProvisionViewTest {
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
