package org.precedent.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workload 7: cold start (a new JVM running {@code serve} on a prebuilt index, until its first
 * search answers) and heap in use after a full GC with the index open.
 */
final class StartupBench {
  private static final Pattern PORT =
      Pattern.compile("serving (\\d+) provisions on http://127\\.0\\.0\\.1:(\\d+)/");

  private StartupBench() {}

  /**
   * Cold start (to the first answer), the part of it until the server listened, and the served
   * process's heap after a full GC (it runs with at most 1 GB).
   */
  record Startup(double coldStartMillis, double listeningMillis, double heapAfterGcMb) {}

  /**
   * The harness's own HTTP client. Its first request in a JVM loads and compiles the client's
   * code, about 0.4 s here: made and warmed once ({@link #warmClient}), so that none of it is
   * counted as the server's start.
   */
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static boolean warm;

  /** The product's launcher, at the repository root the harness runs from. */
  static final Path LAUNCHER = Path.of("precedent");

  /**
   * Milliseconds from process start to the first 200 from /api/search. Fails unless the server
   * serves all {@code provisions} of the prebuilt index: a server that rebuilt the index first
   * would be measuring something else.
   *
   * <p>The server is started the way users start it, through {@code ./precedent} with {@code
   * PRECEDENT_JAVA_OPTS=-Xmx1g}: the shaded jar and the class-data archive the launcher keeps beside
   * it. The launcher is run once untimed first, so that building the jar or recording the archive
   * after a code change is not counted as start-up.
   */
  static Startup coldStart(Path corpus, Path index, int provisions) throws Exception {
    prepareLauncher();
    warmClient();
    long start = System.nanoTime();
    double listening = Double.NaN;
    Process p =
        launcher("serve", "--port", "0", "--corpus", corpus.toString(), "--index", index.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        Matcher m = PORT.matcher(line);
        if (line.startsWith("indexing ")) {
          throw new IllegalStateException("serve rebuilt the index instead of opening it: " + line);
        }
        if (m.find()) {
          listening = (System.nanoTime() - start) / 1e6;
          if (Integer.parseInt(m.group(1)) != provisions) {
            throw new IllegalStateException("serve opened " + m.group(1) + " provisions, not " + provisions);
          }
          HttpResponse<Void> r =
              CLIENT.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/api/search?q=trafficking")).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("first search answered " + r.statusCode());
          }
          double millis = (System.nanoTime() - start) / 1e6;
          awaitReady(Integer.parseInt(m.group(2)));
          return new Startup(millis, listening, heapAfterGc(p.pid()));
        }
      }
      throw new IllegalStateException("the server never said where it listens (exit " + p.waitFor() + ")");
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Waits until /health says the server is ready: it builds the citation and check machinery after
   * its first answer, in the background. Measured right after the first answer, the heap was taken
   * while that work was under way, at whatever point it had reached: at a million provisions 80 MB
   * in one session, 119 and 129 MB in the next. Once ready it is what a serving server holds.
   */
  private static void awaitReady(int port) throws Exception {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      HttpResponse<String> health =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (health.body().replace(" ", "").contains("\"ready\":true")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the server was not ready a minute after its first answer");
  }

  /** One request to a throwaway local server, the first time only. */
  private static synchronized void warmClient() throws Exception {
    if (warm) {
      return;
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      for (int i = 0; i < 3; i++) {
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } finally {
      server.stop(0);
    }
    warm = true;
  }

  /** Heap used by process {@code pid} after a full GC (jcmd), from jstat's S0U+S1U+EU+OU, in MB. */
  static double heapAfterGc(long pid) throws Exception {
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    new ProcessBuilder(bin.resolve("jcmd").toString(), Long.toString(pid), "GC.run")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    Process jstat = new ProcessBuilder(bin.resolve("jstat").toString(), "-gc", Long.toString(pid)).start();
    String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\R");
    String[] names = lines[0].trim().split("\\s+");
    String[] values = lines[lines.length - 1].trim().split("\\s+");
    double kb = 0;
    for (int i = 0; i < names.length; i++) {
      if (java.util.Set.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
        kb += Double.parseDouble(values[i]);
      }
    }
    return kb / 1000;
  }

  private static ProcessBuilder launcher(String... args) {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(LAUNCHER.toAbsolutePath().toString());
    command.addAll(java.util.List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PRECEDENT_JAVA_OPTS", "-Xmx1g");
    // The launcher's java must be the harness's JDK, or the archive would be recorded by another.
    builder.environment().put("PATH",
        Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + System.getenv("PATH"));
    return builder;
  }

  /** Builds the jar and records the class-data archive if a code change made them stale. */
  private static void prepareLauncher() throws Exception {
    Process p = launcher("--version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("./precedent --version failed (exit " + p.exitValue() + ")");
    }
  }
}
