package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.match.FixtureIndex;
import org.precedent.testing.Http;

/** {@code POST /api/check} over real HTTP on a free port, against the fixture corpus. */
class CheckRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension static final Served SERVED = Served.api(FixtureIndex::open);

  static Http.Reply post(String body) {
    return SERVED.http().post("/api/check", "application/json", body);
  }

  @Test
  void checksADraftAndReturnsTheDocumentedShape() throws Exception {
    String draft =
        "1. States Parties shall endeavour to undertake measures such as research, information"
            + " and mass media campaigns and social and economic initiatives to prevent and combat"
            + " trafficking in persons.";
    Http.Reply response =
        post(JSON.writeValueAsString(Map.of("text", draft, "exclude", new String[] {"fx-draft"})));
    assertEquals(200, response.status(), response.body());
    JsonNode root = response.json();
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
            "{\"text\": \"a b c d\", \"exclude\": [\"fx-drfat\"]}",
            "unknown instrument 'fx-drfat'",
            "a misspelt instrument id, which would exclude nothing"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badRequests")
  void rejectsBadRequestsWithAClear400(String body, String message, String why) throws Exception {
    Http.Reply response = post(body);
    assertEquals(400, response.status(), why + ": " + response.body());
    String error = response.json().get("error").asText();
    assertTrue(error.contains(message), why + ": " + error);
  }

  @Test
  void textOverTheLimitIsA413AsForCiteAndVerify() throws Exception {
    Http.Reply response = post("{\"text\": \"" + "word ".repeat(12_801) + "\"}");
    assertEquals(413, response.status(), response.body());
    assertTrue(response.contentType().startsWith("application/json"), response.contentType());
    JsonNode body = response.json();
    assertTrue(body.get("error").asText().contains("too long"), body.toString());
    assertEquals(64_000, body.get("detail").get("limit").asInt());
    assertEquals(64_005, body.get("detail").get("length").asInt());
  }
}
