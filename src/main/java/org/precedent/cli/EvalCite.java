package org.precedent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.precedent.KnowledgeBase;
import org.precedent.cite.Citation;
import org.precedent.cite.CitedProvision;
import picocli.CommandLine.Command;

/**
 * {@code eval cite FILE}: a cite set ({@code case, citation, expected, status}) or an extraction
 * set ({@code case, text, expected}), told apart by the header.
 */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    description = "Run a cite-*.tsv or extract-*.tsv set and print accuracy.")
final class EvalCite extends EvalSetCommand {
  @Override
  EvalSet.Score score(KnowledgeBase kb, Path file) {
    return run(kb, file);
  }

  static EvalSet.Score run(KnowledgeBase kb, Path file) {
    boolean extract = EvalSet.read(file).header().contains("text");
    return EvalSet.score(file, row -> extract ? extract(kb, row) : cite(kb, row));
  }

  private static String cite(KnowledgeBase kb, Map<String, String> row) {
    Citation c = kb.citeOne(row.get("citation")).citations().get(0);
    int status = Integer.parseInt(row.get("status"));
    if (c.status() != status) {
      return "status " + c.status() + " (expected " + status + ") " + c.message();
    }
    String expected = row.getOrDefault("expected", "");
    if (status == Citation.RESOLVED && !expected.isBlank()) {
      for (CitedProvision p : c.provisions()) {
        if (EvalSet.matchesAny(expected, p.id())) {
          return null;
        }
      }
      return "resolved to "
          + c.provisions().stream().map(CitedProvision::id).toList()
          + ", expected "
          + expected;
    }
    return null;
  }

  /** Every expected id must be among the resolved citations, and every span must be its text. */
  private static String extract(KnowledgeBase kb, Map<String, String> row) {
    String text = row.get("text");
    List<Citation> found = kb.cite(text).citations();
    for (Citation c : found) {
      if (!text.substring(c.start(), c.end()).equals(c.text())) {
        return "offsets " + c.start() + "-" + c.end() + " do not hold '" + c.text() + "'";
      }
    }
    for (String expected : row.get("expected").split("\\|")) {
      boolean hit =
          found.stream()
              .filter(c -> c.status() == Citation.RESOLVED)
              .flatMap(c -> c.provisions().stream())
              .anyMatch(p -> EvalSet.matches(expected.strip(), p.id()));
      if (!hit) {
        return "missing " + expected;
      }
    }
    return null;
  }
}
