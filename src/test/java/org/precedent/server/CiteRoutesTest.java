package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.cite.CiteFixture;
import org.precedent.testing.Http;

/** /api/cite and /api/verify over real HTTP on a free port, including every 4xx path. */
class CiteRoutesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension static final Served SERVED = Served.api(CiteFixture::open);

  static Http.Reply get(String pathAndQuery) {
    return SERVED.http().get(pathAndQuery);
  }

  static Http.Reply post(String path, String body) {
    return SERVED.http().post(path, "application/json", body);
  }

  @Test
  void getOneCitation() throws Exception {
    String q = URLEncoder.encode("CTOC/COP/WG.4/2010/6, para. 2", StandardCharsets.UTF_8);
    Http.Reply r = get("/api/cite?q=" + q);
    assertEquals(200, r.status());
    JsonNode c = r.json().get("citations").get(0);
    assertEquals(200, c.get("status").asInt());
    assertEquals("ctoc-cop-wg-4-2010-6/para_2", c.get("provisions").get(0).get("id").asText());
    assertEquals(0, c.get("start").asInt());
    assertEquals(29, c.get("end").asInt());
    assertTrue(r.json().get("snapshot").isTextual());
    for (String field : new String[] {"id", "citation", "text", "status", "hash"}) {
      assertTrue(c.get("provisions").get(0).has(field), field);
    }
  }

  @Test
  void getReadsAListAsOneCitationAndStopsAtItsEnd() throws Exception {
    String q =
        URLEncoder.encode("articles 24 and 25 of UNTOC, and Principle 7", StandardCharsets.UTF_8);
    JsonNode cs = get("/api/cite?q=" + q).json().get("citations");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals("untoc/art_24", cs.get(0).get("provisions").get(0).get("id").asText());
    assertEquals("untoc/art_25", cs.get(1).get("provisions").get(0).get("id").asText());
  }

  @Test
  void postTextListsCitationsWithUtf16Offsets() throws Exception {
    String text = "\u201cSee\u201d the Convention \u2013 and articles 24 and 25 of UNTOC.";
    Http.Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(200, r.status());
    JsonNode cs = r.json().get("citations");
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
  void aRangeThatResolvesToNothingIsOneEntry() throws Exception {
    // A table-of-contents line: "arts 262-273" is a range of twelve articles of no instrument.
    String text = "5. The role of the arts\t262-273\t55";
    Http.Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(200, r.status(), r.body());
    JsonNode cs = r.json().get("citations");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals(400, cs.get(0).get("status").asInt());
    assertEquals("arts\t262-273", cs.get(0).get("text").asText());
    JsonNode one = get("/api/cite?q=" + Http.enc("paragraphs 1 to 10")).json().get("citations");
    assertEquals(1, one.size(), one.toString());
    assertEquals(400, one.get(0).get("status").asInt());
    assertEquals(0, one.get(0).get("start").asInt());
    assertEquals(18, one.get(0).get("end").asInt());
  }

  @Test
  void postVerify() throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of(
                "quote", "the Working Group shall meet during the fifth session",
                "citation", "CTOC/COP/WG.4/2010/6, para. 3"));
    Http.Reply r = post("/api/verify", body);
    assertEquals(200, r.status());
    assertEquals("differs", r.json().get("verdict").asText());
    assertEquals("ctoc-cop-wg-4-2010-6/para_3", r.json().get("provision").get("id").asText());
    assertTrue(r.json().get("diff").isArray());
    assertTrue(r.json().get("found_in").isArray());
    assertTrue(r.json().get("normalizations").isArray());
    assertTrue(r.json().get("similarity").isNumber());
  }

  @Test
  void aQuoteWithoutTheProvisionsCommaIsAVariantNotExact() throws Exception {
    String quote = "In its decision 4/4, the Conference decided that the Working Group should meet";
    for (String[] c :
        new String[][] {
          {quote, "exact", "[]"}, {quote.replace(",", ""), "variant", "[\"punctuation\"]"}
        }) {
      String body =
          JSON.writeValueAsString(
              java.util.Map.of("quote", c[0], "citation", "CTOC/COP/WG.4/2010/6, para. 3"));
      JsonNode v = post("/api/verify", body).json();
      assertEquals(c[1], v.get("verdict").asText(), v.toString());
      assertEquals(c[2], v.get("normalizations").toString());
    }
  }

  @Test
  void missingQueryParameterIs400() throws Exception {
    Http.Reply r = get("/api/cite");
    assertEquals(400, r.status());
    assertTrue(r.json().get("error").asText().contains("'q'"));
  }

  @Test
  void oversizedTextIs413() throws Exception {
    String text = "a".repeat(64_001);
    Http.Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(413, r.status());
    assertTrue(r.json().get("error").asText().contains("64000"), r.json().toString());
  }

  @Test
  void textAtTheLimitIsAccepted() throws Exception {
    String text = "article 1 of UNTOC. ".repeat(3_200);
    Http.Reply r = post("/api/cite", JSON.writeValueAsString(java.util.Map.of("text", text)));
    assertEquals(200, r.status());
    JsonNode cs = r.json().get("citations");
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
        "/api/verify|{\"quote\": \"...\", \"citation\": \"UNTOC\"}|400|no words",
        "/api/verify|{\"quote\": \"\u201c\u201d\", \"citation\": \"UNTOC\"}|400|no words",
        "/api/verify|{\"quote\": \"(emphasis added)\", \"citation\": \"UNTOC\"}|400|no words",
      })
  void badRequests(String path, String body, int status, String message) throws Exception {
    Http.Reply r = post(path, body);
    assertEquals(status, r.status());
    assertTrue(r.json().get("error").asText().contains(message), r.json().get("error").asText());
  }
}
