package org.precedent.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.precedent.corpus.ProvisionId;

/**
 * An evaluation file: tab-separated, one header line naming the columns, no quoting. Ids in the
 * expected columns match their ancestors and descendants; an instrument id alone matches any
 * provision of that instrument.
 */
record EvalSet(List<String> header, List<Map<String, String>> rows) {
  static EvalSet read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(file + " is empty");
      }
      List<String> header = List.of(lines.get(0).split("\t", -1));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int n = 0; n < header.size(); n++) {
          row.put(header.get(n), n < cells.length ? cells[n].strip() : "");
        }
        rows.add(row);
      }
      return new EvalSet(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code actual} (a provision or instrument id) matches {@code expected}. */
  /**
   * Scores every row of {@code file} with {@code check}, which returns null for a pass or what went
   * wrong.
   */
  static Score score(Path file, java.util.function.Function<Map<String, String>, String> check) {
    EvalSet set = read(file);
    int passed = 0;
    List<String> failures = new java.util.ArrayList<>();
    for (Map<String, String> row : set.rows()) {
      String problem = check.apply(row);
      if (problem == null) {
        passed++;
      } else {
        failures.add(row.get("case") + ": " + problem);
      }
    }
    return new Score(file.getFileName().toString(), passed, set.rows().size(), failures);
  }

  /** Prints each file's failures and its score line. */
  @org.precedent.SuppressForbidden(reason = "command-line report")
  static void report(List<Path> files, java.util.function.Function<Path, Score> run) {
    for (Path file : files) {
      Score score = run.apply(file);
      score.failures().forEach(f -> System.out.println("  FAIL " + f));
      System.out.println(score.line());
    }
  }

  static boolean matches(String expected, String actual) {
    if (expected.isBlank() || actual == null) {
      return false;
    }
    String actualInstrument =
        actual.contains("/") ? actual.substring(0, actual.indexOf('/')) : actual;
    if (!expected.contains("/")) {
      return expected.equals(actualInstrument);
    }
    var e = ProvisionId.parse(expected);
    var a = ProvisionId.parse(actual);
    return e.isPresent() && a.isPresent() && e.get().isRelated(a.get());
  }

  /** True when {@code actual} matches any alternative of an {@code a|b} expected cell. */
  static boolean matchesAny(String expectedCell, String actual) {
    for (String e : expectedCell.split("\\|")) {
      if (matches(e.strip(), actual)) {
        return true;
      }
    }
    return false;
  }

  /** Cases passed out of cases run, with the failures described. */
  record Score(String name, int passed, int total, List<String> failures) {
    double accuracy() {
      return total == 0 ? 0 : 100.0 * passed / total;
    }

    String line() {
      return String.format(
          java.util.Locale.ROOT, "%s: %d/%d (%.1f%%)", name, passed, total, accuracy());
    }
  }
}
