package org.precedent.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the matcher's data lists from {@code src/main/resources/match/}: '#' lines are comments.
 */
final class WordLists {
  private WordLists() {}

  /** Non-blank, non-comment lines of {@code match/<name>}, stripped. */
  static List<String> lines(String name) {
    String path = "/match/" + name;
    try (InputStream in = WordLists.class.getResourceAsStream(path)) {
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

  /** Lines of a tab-separated list, split on tabs (trailing empty columns kept). */
  static List<String[]> rows(String name) {
    return lines(name).stream().map(line -> line.split("\t", -1)).toList();
  }
}
