package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.cite.CiteFixture;
import org.precedent.index.IndexStore;

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

  /** As {@code eval check} does, {@code eval cite} and {@code eval verify} index a stale corpus. */
  @Test
  void evalSetsBuildAMissingIndexFirst() throws Exception {
    Path cite = dir.resolve("cite-set.tsv");
    Files.writeString(
        cite,
        "case\tcitation\texpected\tstatus\nC1\tarticle 6 of UNTOC\t\t"
            + org.precedent.cite.Citation.RESOLVED
            + "\n",
        StandardCharsets.UTF_8);
    Path verify = dir.resolve("verify-set.tsv");
    Files.writeString(
        verify,
        "case\tquote\tcitation\tverdict\texpected\twhy\n"
            + "V1\tthe Working Group shall meet\tCTOC/COP/WG.4/2010/6, para. 3\texact\t\tx\n",
        StandardCharsets.UTF_8);
    assertBuildsItsIndex("cite", cite);
    assertBuildsItsIndex("verify", verify);
  }

  private static void assertBuildsItsIndex(String stage, Path set) {
    Path fresh = dir.resolve("fresh-" + stage);
    String[] args = {
      "eval", stage, "--corpus", corpus, "--index", fresh.toString(), set.toString()
    };
    assertEquals(0, Main.run(args), stage);
    assertTrue(new IndexStore(fresh).current().isPresent(), stage + " built the index");
  }

  @Test
  void evalWithoutASetIsAUsageError() {
    assertEquals(2, Main.run("eval"));
  }
}
