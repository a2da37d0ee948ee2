package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.cite.CiteFixture;

/** The cite, verify and eval commands run end to end over the fixture corpus (exit codes). */
class CiteCommandsTest {
  @TempDir static Path dir;
  static String corpus;
  static String index;

  @BeforeAll
  static void build() throws Exception {
    CiteFixture.open(dir.resolve("index")).close();
    corpus = CiteFixture.CORPUS.toString();
    index = dir.resolve("index").toString();
  }

  private static int run(String... args) {
    String[] full = new String[args.length + 4];
    full[0] = args[0];
    full[1] = "--corpus";
    full[2] = corpus;
    full[3] = "--index";
    full[4] = index;
    System.arraycopy(args, 1, full, 5, args.length - 1);
    return Main.run(full);
  }

  @Test
  void citeTextFileAndJson() throws Exception {
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "recalling article 6 of UNTOC", StandardCharsets.UTF_8);
    assertEquals(0, run("cite", "article 3 (a) of the Palermo Protocol"));
    assertEquals(0, run("cite", "--json", "CTOC/COP/WG.4/2010/6, para. 2"));
    assertEquals(0, run("cite", "--file", draft.toString()));
  }

  @Test
  void citeNeedsTextOrFileButNotBoth() {
    assertEquals(2, run("cite"));
  }

  @Test
  void verifyPrintsAVerdict() {
    assertEquals(
        0,
        run(
            "verify",
            "--quote",
            "the Working Group shall meet",
            "--citation",
            "CTOC/COP/WG.4/2010/6, para. 3"));
    assertEquals(0, run("verify", "--json", "--quote", "x", "--citation", "UNTOC"));
  }

  @Test
  void verifyNeedsBothOptions() {
    assertEquals(2, Main.run("verify", "--quote", "x"));
  }

  @Test
  void evalWithoutASetIsAUsageError() {
    assertEquals(2, Main.run("eval"));
  }
}
