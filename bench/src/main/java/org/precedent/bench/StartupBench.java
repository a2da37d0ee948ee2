package org.precedent.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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

  /** Cold start and the served process's heap after a full GC (it runs with at most 1 GB). */
  record Startup(double coldStartMillis, double heapAfterGcMb) {}

  /**
   * Milliseconds from process start to the first 200 from /api/search. Fails unless the server
   * serves all {@code provisions} of the prebuilt index: a server that rebuilt the index first
   * would be measuring something else.
   */
  static Startup coldStart(Path corpus, Path index, int provisions) throws Exception {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp", classPath(),
                "org.precedent.cli.Main", "serve", "--port", "0",
                "--corpus", corpus.toString(), "--index", index.toString())
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
          if (Integer.parseInt(m.group(1)) != provisions) {
            throw new IllegalStateException("serve opened " + m.group(1) + " provisions, not " + provisions);
          }
          HttpClient client = HttpClient.newHttpClient();
          HttpResponse<Void> r =
              client.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/api/search?q=trafficking")).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("first search answered " + r.statusCode());
          }
          double millis = (System.nanoTime() - start) / 1e6;
          return new Startup(millis, heapAfterGc(p.pid()));
        }
      }
      throw new IllegalStateException("the server never said where it listens (exit " + p.waitFor() + ")");
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
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

  /**
   * The harness's own class path: under {@code mvn exec:java} the project's classes come from the
   * context class loader, not from {@code java.class.path} (which is Maven's launcher).
   */
  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
      StringBuilder out = new StringBuilder();
      for (java.net.URL url : loader.getURLs()) {
        try {
          out.append(out.isEmpty() ? "" : java.io.File.pathSeparator).append(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException e) {
          throw new IllegalStateException("class path entry " + url, e);
        }
      }
      return out.toString();
    }
    return System.getProperty("java.class.path");
  }
}
