package org.precedent.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A data list shipped as a resource: one entry a line, '#' lines comments. */
public final class DataList {
  private DataList() {}

  /** The non-blank, non-comment lines of the resource at {@code path}, stripped. */
  public static List<String> lines(String path) {
    try (InputStream in = DataList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing data list " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          out.add(stripped);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data list " + path, e);
    }
  }

  /** The lines of a tab-separated list, split on tabs (trailing empty columns kept). */
  public static List<String[]> rows(String path) {
    return lines(path).stream().map(line -> line.split("\t", -1)).toList();
  }
}
