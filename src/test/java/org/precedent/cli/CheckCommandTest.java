package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.match.CheckReport;
import org.precedent.match.CheckRequest;
import org.precedent.match.DiffOp;
import org.precedent.match.FixtureIndex;

/** The {@code check} report as text: verdict, best citation and the word diff. */
class CheckCommandTest {
  @Test
  void reportNamesVerdictPrecedentAndMarksTheDiff(@TempDir Path temp) throws IOException {
    try (KnowledgeBase kb = FixtureIndex.open(temp)) {
      CheckReport report =
          kb.check(
              CheckRequest.of(
                  "OP6. States Parties should endeavour to undertake measures such as research,"
                      + " information and mass media campaigns and social and economic initiatives"
                      + " to prevent and combat trafficking in persons."));
      String text = CheckCommand.render(report, false);
      assertTrue(text.contains("[1] modified  (OP6.)"), text);
      assertTrue(
          text.contains("best: Fixture Protocol, para. 5 [fx-protocol/para_5, treaty"), text);
      assertTrue(text.contains("[-shall-] {+should+}"), text);
      assertTrue(text.contains("! weakens: shall endeavour → should endeavour"), text);
      assertFalse(text.contains("\u001B["), "no colour codes off a terminal");
      assertTrue(CheckCommand.render(report, true).contains("\u001B[32;1mshould"));
    }
  }

  @Test
  void plainDiffMarksInsertionsAndDeletions() {
    assertEquals(
        "such return [-shall preferably be-] {+is+} voluntary",
        CheckCommand.diff(
            List.of(
                new DiffOp("equal", "such return"),
                new DiffOp("delete", "shall preferably be"),
                new DiffOp("insert", "is"),
                new DiffOp("equal", "voluntary")),
            false));
  }
}
