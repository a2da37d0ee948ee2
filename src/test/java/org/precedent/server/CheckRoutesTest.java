package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.KnowledgeBase;
import org.precedent.match.FixtureIndex;

/** {@code POST /api/check} over real HTTP on a free port, against the fixture corpus. */
class CheckRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path temp;
  static KnowledgeBase kb;
  static Javalin app;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    kb = FixtureIndex.open(temp);
    app = WebServer.create(kb, temp.resolve("web")).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    kb.close();
  }

  static HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/check"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void checksADraftAndReturnsTheDocumentedShape() throws Exception {
    String draft =
        "1. States Parties shall endeavour to undertake measures such as research, information"
            + " and mass media campaigns and social and economic initiatives to prevent and combat"
            + " trafficking in persons.";
    HttpResponse<String> response =
        post(JSON.writeValueAsString(Map.of("text", draft, "exclude", new String[] {"fx-draft"})));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode root = JSON.readTree(response.body());
    JsonNode segment = root.get("segments").get(0);
    assertEquals("agreed", segment.get("verdict").asText());
    assertEquals(draft.indexOf("States"), segment.get("start").asInt());
    assertEquals(draft.length(), segment.get("end").asInt());
    JsonNode precedent = segment.get("precedents").get(0);
    assertEquals("fx-protocol/para_5", precedent.get("id").asText());
    assertEquals("treaty", precedent.get("status").asText());
    assertEquals(1.0, precedent.get("similarity").asDouble());
    assertEquals(1.0, precedent.get("coverage").asDouble());
    assertTrue(precedent.get("aligned").has("start") && precedent.get("aligned").has("end"));
    assertEquals("equal", precedent.get("diff").get(0).get("op").asText());
    assertTrue(precedent.get("weight_changes").isArray());
    assertEquals(1, root.get("summary").get("segments").asInt());
    assertEquals(1, root.get("summary").get("by_verdict").get("agreed").asInt());
    assertEquals(1.0, root.get("summary").get("agreed_share").asDouble());
    assertTrue(root.get("snapshot").asText().length() > 0);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("{\"text\": ", "not valid JSON", "truncated JSON"),
        Arguments.of("", "JSON body", "no body"),
        Arguments.of("{\"text\": 5}", "wrong type for 'text'", "a number for text"),
        Arguments.of(
            "{\"text\": \"a b c d\", \"exclude\": \"fx-draft\"}",
            "wrong type for 'exclude'",
            "a string where a list is expected"),
        Arguments.of("{\"txt\": \"a b c d\"}", "unknown field 'txt'", "misspelt field"),
        Arguments.of("{\"exclude\": []}", "'text' is required", "no text"),
        Arguments.of(
            "{\"text\": \"a b c d\", \"statuses\": [\"final\"]}",
            "unknown status 'final'",
            "a status that does not exist"),
        Arguments.of(
            "{\"text\": \"a b c d\", \"exclude\": [\"A/64/L.64\"]}",
            "instrument ids",
            "a symbol instead of an instrument id"),
        Arguments.of(
            "{\"text\": \"" + "word ".repeat(12_801) + "\"}",
            "too long",
            "over 64,000 characters"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badRequests")
  void rejectsBadRequestsWithAClear400(String body, String message, String why) throws Exception {
    HttpResponse<String> response = post(body);
    assertEquals(400, response.statusCode(), why + ": " + response.body());
    String error = JSON.readTree(response.body()).get("error").asText();
    assertTrue(error.contains(message), why + ": " + error);
  }
}
