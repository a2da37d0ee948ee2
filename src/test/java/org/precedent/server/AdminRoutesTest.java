package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.testing.FixtureIndex;
import org.precedent.testing.Folders;
import org.precedent.testing.Http;
import org.precedent.testing.Multipart;

/** Ingestion over HTTP: token rules, errors, and a metadata-only instrument gaining its text. */
class AdminRoutesTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixture-core");
  static final String TOKEN = "s3cret-token";
  static final byte[] RESOLUTION =
      "Improving the coordination of efforts against trafficking in persons\n\nThe General Assembly affirms its commitment.\n\nIt decides to remain seized of the matter.\n"
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path corpus;
  @TempDir Path index;
  KnowledgeBase kb;
  Javalin app;
  Http http;
  int port;

  @BeforeEach
  void start() throws IOException {
    Folders.copy(FIXTURE, corpus);
    kb = FixtureIndex.open(corpus, index);
    app =
        WebServer.create(
                kb,
                Path.of("web"),
                new ServerOptions(
                    List.of(), Optional.of(TOKEN), 300_000, ServerOptions.DEFAULT_SEARCH_CACHE))
            .start("127.0.0.1", 0);
    port = app.port();
    http = new Http(port);
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    kb.close();
  }

  Http.Reply upload(String token, Map<String, String> fields, String fileName, byte[] file) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/instruments"))
            .header("Content-Type", Multipart.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.body(fields, fileName, file)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build());
  }

  static Map<String, String> metadata(String id) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", "Improving the coordination of efforts against trafficking in persons");
    m.put("status", "adopted");
    m.put("date", "2009-12-18");
    m.put("layout", "paragraphs");
    return m;
  }

  @Test
  void metadataOnlyInstrumentBecomesFullAndIsServedAtOnce() {
    assertEquals(404, http.get("/api/provisions/a-res-64-178/para_2").status());
    Http.Reply reply = upload(TOKEN, metadata("a-res-64-178"), "a-res-64-178.txt", RESOLUTION);
    assertEquals(201, reply.status(), reply.body());
    assertEquals(3, reply.json().get("provisions").asInt());
    JsonNode p = http.get("/api/provisions/a-res-64-178/para_2").json();
    assertEquals("The General Assembly affirms its commitment.", p.get("text").asText());
    assertEquals("ingested", p.get("source").get("origin").asText());
    assertEquals(9, http.get("/health").json().get("provisions").asInt());
    JsonNode listed = http.get("/api/instruments/a-res-64-178").json().get("instrument");
    assertEquals("A/RES/64/178", listed.get("symbol").asText(), "recorded symbol kept");
    assertTrue(listed.get("hasText").asBoolean());
    assertEquals(List.of("resolution 64/178"), List.of(listed.get("aliases").get(0).asText()));
  }

  @Test
  void aSearchAnsweredBeforeAnIngestIsSearchedAgainAfterIt() {
    String query = "/api/search?q=" + Http.enc("\"seized of the matter\"");
    Http.Reply before = http.get(query);
    assertEquals(0, before.json().get("total").asInt(), before.body());
    assertEquals("hit", http.get(query).header("X-Cache"), "the same search, kept");
    assertEquals(201, upload(TOKEN, metadata("a-res-64-178"), "x.txt", RESOLUTION).status());
    Http.Reply after = http.get(query);
    assertEquals("miss", after.header("X-Cache"), "a new snapshot is searched afresh");
    assertEquals("a-res-64-178/para_3", after.json().get("hits").get(0).get("id").asText());
    assertNotEquals(before.json().get("snapshot").asText(), after.json().get("snapshot").asText());
  }

  @Test
  void aFilterOnAnInstrumentIngestedSinceIsRefusedBeforeAndAnsweredAfter() {
    String query = "/api/search?q=commitment&instrument=a-res-99-1";
    assertEquals(400, http.get(query).status(), "no such instrument yet");
    assertEquals(201, upload(TOKEN, metadata("a-res-99-1"), "x.txt", RESOLUTION).status());
    Http.Reply after = http.get(query);
    assertEquals(200, after.status(), after.body());
    assertEquals("a-res-99-1/para_2", after.json().get("hits").get(0).get("id").asText());
  }

  @Test
  void withNoAnswersKeptEverySearchIsSearched() {
    Javalin uncached =
        WebServer.create(kb, Path.of("web"), ServerOptions.defaults().withSearchCache(0))
            .start("127.0.0.1", 0);
    try {
      Http other = new Http(uncached.port());
      for (int i = 0; i < 2; i++) {
        Http.Reply r = other.get("/api/search?q=trafficking");
        assertEquals(200, r.status(), r.body());
        assertEquals("miss", r.header("X-Cache"));
      }
    } finally {
      uncached.stop();
    }
  }

  @Test
  void dryRunChangesNothing() {
    Map<String, String> m = metadata("a-res-99-1");
    m.put("dryRun", "true");
    Http.Reply reply = upload(TOKEN, m, "x.txt", RESOLUTION);
    assertEquals(200, reply.status(), reply.body());
    assertEquals("a-res-99-1/para_1", reply.json().get("outline").get(0).get("id").asText());
    assertEquals(404, http.get("/api/instruments/a-res-99-1").status());
  }

  @Test
  void writeRoutesNeedTheToken() {
    assertEquals(401, upload(null, metadata("a-res-99-1"), "x.txt", RESOLUTION).status());
    assertEquals(401, upload("wrong", metadata("a-res-99-1"), "x.txt", RESOLUTION).status());
    assertEquals(401, http.post("/api/reindex", "application/json", "{}").status());
  }

  @Test
  void badUploadsAreClear4xx() {
    assertEquals(409, upload(TOKEN, metadata("fixture-report"), "x.txt", RESOLUTION).status());
    assertEquals(400, upload(TOKEN, metadata("a-res-99-1"), null, null).status());
    assertEquals(
        400, upload(TOKEN, metadata("a-res-99-1"), "x.xlsx", new byte[] {1, 2, 3}).status());
    Map<String, String> badStatus = metadata("a-res-99-1");
    badStatus.put("status", "almost-adopted");
    Http.Reply reply = upload(TOKEN, badStatus, "x.txt", RESOLUTION);
    assertEquals(400, reply.status());
    assertTrue(reply.json().get("error").asText().contains("unknown status"), reply.body());
    assertEquals(400, upload(TOKEN, metadata("Bad Id"), "x.txt", RESOLUTION).status());
    assertEquals(400, upload(TOKEN, metadata("a-res-99-2"), "empty.txt", new byte[0]).status());
  }

  @Test
  void withoutATokenConfiguredWriteRoutesAreDisabled(@TempDir Path otherIndex) {
    Javalin closed = WebServer.create(kb, Path.of("web")).start("127.0.0.1", 0);
    try {
      Http.Reply reply = new Http(closed.port()).post("/api/reindex", "application/json", "{}");
      assertEquals(403, reply.status());
      assertTrue(reply.json().get("error").asText().contains("disabled"));
    } finally {
      closed.stop();
    }
  }
}
