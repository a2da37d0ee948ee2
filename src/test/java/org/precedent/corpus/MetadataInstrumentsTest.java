package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code corpus/manifest/metadata.json}: instruments the seeds cite but do not reproduce. Their
 * text must never appear in the corpus, and UN-symbol ids must follow the project rule.
 */
class MetadataInstrumentsTest {
  static final Path METADATA = Path.of("corpus", "manifest", "metadata.json");
  static Corpus corpus;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    corpus = Corpus.load(Path.of("corpus"));
    for (JsonNode entry : new ObjectMapper().readTree(METADATA.toFile())) {
      ids.add(entry.get("id").asText());
    }
  }

  @Test
  void metadataInstrumentsHaveNoTextButTheFactsToCiteThem() {
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      Instrument i = corpus.instrument(id).orElseThrow();
      assertFalse(i.hasText(), id + " must be metadata only");
      assertTrue(corpus.provisions(id).isEmpty(), id + " has provisions");
      assertTrue(i.body() != null && !i.body().isBlank(), id + " needs a body");
      assertTrue(
          i.notes().stream().anyMatch(n -> n.startsWith("Text not in corpus")),
          id + " must say its text is not in the corpus");
    }
  }

  @Test
  void unSymbolIdsFollowTheRule() {
    for (String id : ids) {
      Instrument i = corpus.instrument(id).orElseThrow();
      String symbol = i.symbol();
      if (symbol != null && symbol.matches("^(A|E)/RES/[0-9/]+$")) {
        assertEquals(ProvisionId.forSymbol(symbol), id, "id of " + symbol);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "a-res-64-293, adopted, 2010-07-30, 'seed 001 line 317: adopted in resolution 64/293 on 30 July"
        + " 2010'",
    "a-res-63-194, adopted, 2008-12-18, 'seed 000 line 6795: resolution 63/194 of 18 December 2008'",
    "cop-decision-4-4, adopted, 2008, 'seed 004 line 14: decision 4/4 of the fourth session (2008)'",
    "crc, treaty, 1989-11-20, 'a convention is a treaty'",
  })
  void recordedFacts(String id, String status, String date, String why) {
    Instrument i = corpus.instrument(id).orElseThrow();
    assertEquals(status, i.status().label(), why);
    assertEquals(date, i.date(), why);
  }

  @Test
  void adoptedGlobalPlanPointsToItsDraftAndNeverHoldsText() {
    Instrument adopted = corpus.instrument("a-res-64-293").orElseThrow();
    assertEquals("a-64-l-64", adopted.links().get("draft"));
    assertFalse(adopted.hasText());
  }
}
