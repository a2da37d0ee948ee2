package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;
import org.precedent.index.OverBudget;
import org.precedent.testing.FixtureIndex;
import org.precedent.testing.Http;

/** End to end on the fixture corpus: corpus, index, facade and the core routes over real HTTP. */
class CoreRoutesTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixture-core");

  // The extra route stands in for a search or check that outlived its budget on a huge corpus.
  @RegisterExtension
  static final Served SERVED =
      new Served(
          root -> FixtureIndex.open(FIXTURE, root),
          Path.of("web"),
          app ->
              app.get(
                  "/test/over-budget",
                  ctx -> {
                    throw new OverBudget("the search ran past its 3 s budget", "narrow it");
                  }));

  @Test
  void workPastItsTimeBudgetIsA503WithWhatToDo() {
    Http.Reply reply = SERVED.http().get("/test/over-budget");
    assertEquals(503, reply.status());
    JsonNode body = reply.json();
    assertEquals("the search ran past its 3 s budget", body.get("error").asText());
    assertEquals("narrow it", body.get("detail").asText());
  }

  @Test
  void healthReportsProvisionCountAndSnapshot() {
    JsonNode health = SERVED.http().get("/health").json();
    assertEquals("ok", health.get("status").asText());
    assertEquals(6, health.get("provisions").asInt());
    assertEquals(Corpus.snapshotOf(FIXTURE), health.get("snapshot").asText());
  }

  @Test
  void instrumentsListIncludesMetadataOnlyOnesWithZeroProvisions() {
    JsonNode list = SERVED.http().get("/api/instruments").json();
    assertEquals(3, list.size());
    JsonNode resolution = list.get(2);
    assertEquals("a-res-64-178", resolution.get("id").asText());
    assertEquals("A/RES/64/178", resolution.get("symbol").asText());
    assertEquals("adopted", resolution.get("status").asText());
    assertEquals(0, resolution.get("provisions").asInt());
    assertEquals("text not in corpus", resolution.get("notes").get(0).asText());
  }

  @Test
  void instrumentDetailHasOutline() {
    JsonNode detail = SERVED.http().get("/api/instruments/fixture-report").json();
    assertEquals("report", detail.get("instrument").get("status").asText());
    assertEquals(3, detail.get("outline").size());
    assertEquals("fixture-report/para_2", detail.get("outline").get(1).get("id").asText());
  }

  @Test
  void provisionCarriesTextProvenanceAndHash() {
    JsonNode p = SERVED.http().get("/api/provisions/fixture-statement/para_2").json();
    assertEquals(
        "We must address the root causes of trafficking, including poverty.",
        p.get("text").asText());
    assertEquals("fixture-seed.txt", p.get("source").get("file").asText());
    assertEquals(12, p.get("source").get("fromLine").asInt());
    assertEquals(15, p.get("source").get("toLine").asInt());
    assertEquals("statement", p.get("kind").asText());
    assertEquals("statement", p.get("status").asText());
    assertEquals(64, p.get("hash").asText().length());
    assertEquals("Fixture statement, para. 2", p.get("citation").asText());
  }

  @Test
  void aProvisionOfAnInstrumentWithoutItsTextIsA404SayingSo() {
    Http.Reply reply = SERVED.http().get("/api/provisions/a-res-64-178/op_1");
    assertEquals(404, reply.status(), reply.body());
    assertEquals(
        "the text of Improving the coordination of efforts against trafficking in persons is not"
            + " in the corpus (metadata only)",
        reply.json().get("error").asText());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/provisions/fixture-report/para_99, 404, no provision",
    "/api/provisions/nope/para_1, 404, no provision",
    "/api/provisions/Bad%20Id/x, 404, no provision",
    "/api/instruments/nope, 404, no instrument",
    "/api/nothing-here, 404, no such route"
  })
  void unknownThingsAreJson404s(String path, int status, String message) {
    Http.Reply reply = SERVED.http().get(path);
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    assertTrue(reply.json().get("error").asText().contains(message), reply.body());
  }
}
