package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.testing.Http;

/**
 * Every route against hostile and malformed input ({@code hostile/requests.tsv}): each answer is
 * the expected status, and every error is a JSON body with a message, never a 500.
 */
class HostileInputTest {
  static final Path TABLE = Path.of("src", "test", "resources", "hostile", "requests.tsv");
  private static final Pattern REPEAT = Pattern.compile("⟦(\\d+)×(.*?)⟧");
  @RegisterExtension static final Served SERVED = Served.fixture();

  static Stream<Arguments> requests() throws IOException {
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    return lines.stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(
            r ->
                Arguments.of(
                    r[0],
                    expand(r[1]),
                    r[2],
                    expand(r[3].strip()).replace("\\n", "\n"),
                    Integer.parseInt(r[4]),
                    r[5]));
  }

  /** "⟦N×text⟧" stands for text repeated N times, so huge inputs stay readable in the table. */
  static String expand(String cell) {
    Matcher m = REPEAT.matcher(cell);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(out).toString();
  }

  @ParameterizedTest(name = "{0} {5} -> {4}")
  @MethodSource("requests")
  void answersWithTheExpectedStatusAndAJsonError(
      String method, String path, String type, String body, int expected, String why) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + SERVED.app().port() + path.replace(" ", "%20")));
    HttpRequest.BodyPublisher publisher =
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }
    Http.Reply reply = SERVED.http().send(request.method(method, publisher).build());
    assertTrue(reply.status() < 500, why + ": server error " + reply.body());
    assertEquals(expected, reply.status(), why + ": " + reply.body());
    if (expected >= 400) {
      assertTrue(
          reply.contentType().startsWith("application/json"), why + ": " + reply.contentType());
      assertTrue(reply.json().hasNonNull("error"), why + ": " + reply.body());
      assertTrue(!reply.body().contains("\tat "), why + ": stack trace leaked");
    }
  }
}
