package org.precedent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precedent.KnowledgeBase;
import org.precedent.cite.Verification;
import picocli.CommandLine.Command;

/**
 * {@code eval verify FILE}: a verify set ({@code case, quote, citation, verdict, expected, why}):
 * the verdict must match, and the provision the quote belongs to (the cited one, or for
 * not_in_cited one of found_in) must match {@code expected}.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Run a verify-*.tsv set and print accuracy.")
final class EvalVerify extends EvalSetCommand {
  @Override
  EvalSet.Score score(KnowledgeBase kb, Path file) {
    return run(kb, file);
  }

  static EvalSet.Score run(KnowledgeBase kb, Path file) {
    return EvalSet.score(file, row -> check(row, kb.verify(row.get("quote"), row.get("citation"))));
  }

  private static String check(Map<String, String> row, Verification v) {
    if (!v.verdict().equals(row.get("verdict"))) {
      return "verdict " + v.verdict() + " (expected " + row.get("verdict") + ") " + v.message();
    }
    String expected = row.getOrDefault("expected", "");
    if (expected.isBlank()) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    if (v.verdict().equals(Verification.NOT_IN_CITED)) {
      v.foundIn().forEach(f -> ids.add(f.id()));
    } else if (v.provision() != null) {
      ids.add(v.provision().id());
    }
    return ids.stream().anyMatch(id -> EvalSet.matchesAny(expected, id))
        ? null
        : "provision " + ids + " (expected " + expected + ")";
  }
}
