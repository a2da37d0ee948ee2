package org.precedent.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.testing.CliProcess;

/**
 * SIGTERM to a serving process: a request already in flight is answered in full, then the process
 * exits. The request is held in flight deterministically: its body arrives in two halves, with the
 * signal sent between them.
 */
class GracefulShutdownTest {
  private static final Pattern LISTENING = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void aRequestInFlightAtSigtermIsAnsweredBeforeTheProcessExits(@TempDir Path index)
      throws Exception {
    Process server =
        CliProcess.of(
                "serve",
                "--port",
                "0",
                "--corpus",
                "src/test/resources/fixture-match",
                "--index",
                index.toString())
            .start();
    try {
      int port = awaitPort(server);
      String body = "{\"text\": \"States Parties shall endeavour to provide for the safety.\"}";
      byte[] bytes = body.getBytes(UTF_8);
      int half = bytes.length / 2;
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: "
                    + bytes.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(UTF_8));
        out.write(bytes, 0, half);
        out.flush();
        Thread.sleep(500); // the server has dispatched the request and waits for its body

        server.destroy(); // SIGTERM
        Thread.sleep(500);
        assertTrue(server.isAlive(), "the process waits for the request in flight");

        out.write(bytes, half, bytes.length - half);
        out.flush();
        String response = new String(socket.getInputStream().readAllBytes(), UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"segments\""), response);
      }
      // Well under the 10 s stop timeout: the stop waits for the request, not for the timeout.
      assertTrue(server.waitFor(8, TimeUnit.SECONDS), "the process exits once it is answered");
      assertFalse(server.isAlive());
      assertEquals(143, server.exitValue(), "exit status of a process ended by SIGTERM");
    } finally {
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static int awaitPort(Process server) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("the server exited before listening: " + server.waitFor());
  }
}
