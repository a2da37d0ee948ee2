package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.cite.CiteFixture;

/** /api/cite and /api/verify over real HTTP on a free port, including every 4xx path. */
class CiteRoutesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path index;
  static KnowledgeBase kb;
  static Javalin app;

  @BeforeAll
  static void start() {
    kb = CiteFixture.open(index);
    app = WebServer.create(kb, index.resolve("no-web")).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    kb.close();
  }

  record Reply(int status, JsonNode body) {}

  static Reply get(String pathAndQuery) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(uri(pathAndQuery)).GET().build();
    return reply(HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  static Reply post(String path, String body) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return reply(HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  private static Reply reply(HttpResponse<String> r) throws Exception {
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  @Test
  void getOneCitation() throws Exception {
    String q = URLEncoder.encode("CTOC/COP/WG.4/2010/6, para. 2", StandardCharsets.UTF_8);
    Reply r = get("/api/cite?q=" + q);
    assertEquals(200, r.status());
    JsonNode c = r.body().get("citations").get(0);
    assertEquals(200, c.get("status").asInt());
    assertEquals("ctoc-cop-wg-4-2010-6/para_2", c.get("provisions").get(0).get("id").asText());
    assertEquals(0, c.get("start").asInt());
    assertEquals(29, c.get("end").asInt());
    assertTrue(r.body().get("snapshot").isTextual());
    for (String field : new String[] {"id", "citation", "text", "status", "hash"}) {
      assertTrue(c.get("provisions").get(0).has(field), field);
    }
  }

  @Test
  void getReadsAListAsOneCitationAndStopsAtItsEnd() throws Exception {
    String q =
        URLEncoder.encode("articles 24 and 25 of UNTOC, and Principle 7", StandardCharsets.UTF_8);
    JsonNode cs = get("/api/cite?q=" + q).body().get("citations");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals("untoc/art_24", cs.get(0).get("provisions").get(0).get("id").asText());
    assertEquals("untoc/art_25", cs.get(1).get("provisions").get(0).get("id").asText());
  }

  @Test
  void postTextListsCitationsWithUtf16Offsets() throws Exception {
    String text = "\u201cSee\u201d the Convention \u2013 and articles 24 and 25 of UNTOC.";
    Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(200, r.status());
    JsonNode cs = r.body().get("citations");
    assertEquals(3, cs.size());
    for (JsonNode c : cs) {
      assertEquals(
          c.get("text").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
    }
    assertEquals(300, cs.get(0).get("status").asInt());
    assertEquals(2, cs.get(0).get("provisions").size());
    assertTrue(cs.get(0).get("provisions").get(0).get("text").isNull());
    assertEquals("untoc/art_24", cs.get(1).get("provisions").get(0).get("id").asText());
    assertEquals("untoc/art_25", cs.get(2).get("provisions").get(0).get("id").asText());
  }

  @Test
  void postVerify() throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of(
                "quote", "the Working Group shall meet during the fifth session",
                "citation", "CTOC/COP/WG.4/2010/6, para. 3"));
    Reply r = post("/api/verify", body);
    assertEquals(200, r.status());
    assertEquals("differs", r.body().get("verdict").asText());
    assertEquals("ctoc-cop-wg-4-2010-6/para_3", r.body().get("provision").get("id").asText());
    assertTrue(r.body().get("diff").isArray());
    assertTrue(r.body().get("found_in").isArray());
    assertTrue(r.body().get("normalizations").isArray());
    assertTrue(r.body().get("similarity").isNumber());
  }

  @Test
  void missingQueryParameterIs400() throws Exception {
    Reply r = get("/api/cite");
    assertEquals(400, r.status());
    assertTrue(r.body().get("error").asText().contains("'q'"));
  }

  @Test
  void oversizedTextIs413() throws Exception {
    String text = "a".repeat(64_001);
    Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(413, r.status());
    assertTrue(r.body().get("error").asText().contains("64000"), r.body().toString());
  }

  @Test
  void textAtTheLimitIsAccepted() throws Exception {
    String text = "article 1 of UNTOC. ".repeat(3_200);
    Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(200, r.status());
    JsonNode cs = r.body().get("citations");
    assertEquals(3_200, cs.size());
    assertEquals(429, cs.get(250).get("status").asInt());
    assertEquals(200, cs.get(249).get("status").asInt());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/cite|{}|400|'text' is required",
        "/api/cite|{\"text\": null}|400|'text' is required",
        "/api/cite|{\"text\": 42}|400|must be a string",
        "/api/cite|{\"text\": [\"a\"]}|400|must be a string",
        "/api/cite|{\"text\": |400|malformed JSON",
        "/api/cite|[\"text\"]|400|JSON object",
        "/api/cite|''|400|JSON object body is required",
        "/api/verify|{\"citation\": \"UNTOC\"}|400|'quote' is required",
        "/api/verify|{\"quote\": \"x\"}|400|'citation' is required",
        "/api/verify|{\"quote\": \"x\", \"citation\": {}}|400|must be a string",
        "/api/verify|{\"quote\": \" \", \"citation\": \"UNTOC\"}|400|must not be blank",
        "/api/verify|not json|400|malformed JSON",
      })
  void badRequests(String path, String body, int status, String message) throws Exception {
    Reply r = post(path, body);
    assertEquals(status, r.status());
    assertTrue(r.body().get("error").asText().contains(message), r.body().get("error").asText());
  }
}
