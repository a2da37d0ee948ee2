package org.precedent.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart/form-data body: form fields and at most one file. */
public final class Multipart {
  public static final String BOUNDARY = "precedent-test-boundary";

  private Multipart() {}

  public static byte[] body(Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                out,
                "--"
                    + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    if (fileName != null) {
      write(
          out,
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(file);
      write(out, "\r\n");
    }
    write(out, "--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  public static String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
