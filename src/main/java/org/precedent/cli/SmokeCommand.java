package org.precedent.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precedent.SuppressForbidden;
import org.precedent.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code precedent smoke}: serves on a free port, asks the server once for each kind of answer over
 * real HTTP and stops. The launcher runs it to record the classes a server loads into the
 * class-data archive it starts later JVMs with; it also tells an installer that the server works.
 */
@Command(
    name = "smoke",
    mixinStandardHelpOptions = true,
    description =
        "Start the server on a free port, ask it one search, citation, check and page, and stop"
            + " (indexes first if needed). Fails if any answer is a server error.")
final class SmokeCommand implements Callable<Integer> {
  /** The page folder of the repository layout: the launcher runs this from the repository root. */
  private static final Path WEB = Path.of("web");

  @Mixin Paths paths;

  /** One request of the round, by method and path. */
  private record Probe(String method, String path, String body) {
    HttpRequest request(String base) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
      return body == null
          ? b.GET().build()
          : b.header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
    }
  }

  private static final List<Probe> ROUND =
      List.of(
          new Probe("GET", "/api/search?q=trafficking", null),
          new Probe("GET", "/health", null),
          new Probe("GET", "/api/instruments", null),
          new Probe("GET", "/api/cite?q=article%203%20of%20the%20Protocol", null),
          new Probe(
              "POST",
              "/api/verify",
              "{\"quote\": \"the recruitment of persons\", \"citation\": \"article 3\"}"),
          new Probe(
              "POST",
              "/api/check",
              "{\"text\": \"States Parties shall take measures to prevent trafficking.\"}"),
          new Probe("GET", "/", null));

  @Override
  @SuppressForbidden(reason = "command-line report of each answer")
  public Integer call() throws Exception {
    ServeCommand.Running running =
        ServeCommand.start(paths, WEB, ServerOptions.defaults(), "127.0.0.1", 0);
    int failures = 0;
    try {
      String base = "http://127.0.0.1:" + running.app().port();
      HttpClient client = HttpClient.newHttpClient();
      for (Probe probe : ROUND) {
        HttpResponse<String> answer =
            client.send(probe.request(base), HttpResponse.BodyHandlers.ofString());
        boolean failed = answer.statusCode() >= 500;
        failures += failed ? 1 : 0;
        System.out.println(
            (failed ? "FAILED " : "")
                + answer.statusCode()
                + " "
                + probe.method()
                + " "
                + probe.path());
      }
    } finally {
      running.stop();
    }
    return failures == 0 ? 0 : 1;
  }
}
