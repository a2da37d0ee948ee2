package org.precedent.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.corpus.Status;
import org.precedent.testing.Folders;

/** Adding instruments from the shapes official sources come in: exact outlines, then the write. */
class IngesterTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixture-core");

  static AddRequest request(String id, Status status) {
    return new AddRequest(
        id,
        "Example instrument",
        Optional.empty(),
        Optional.empty(),
        status,
        Optional.of("2010-07-30"),
        Optional.empty(),
        "en",
        Optional.of("General Assembly"),
        Optional.empty(),
        List.of());
  }

  static List<String> outline(Ingester.Plan plan) {
    return plan.provisions().stream().map(p -> p.eid() + " | " + p.ownText()).toList();
  }

  @Test
  void treatyPageInHtmlGivesArticlesParagraphsAndSubparagraphs() throws IOException {
    byte[] html = Files.readAllBytes(Path.of("src/test/resources/ingest/treaty-page.html"));
    Ingester.Plan plan =
        new Ingester(FIXTURE)
            .plan(
                html,
                "convention.html",
                request("example-convention", Status.TREATY),
                Optional.empty());
    assertEquals("treaty", plan.instrument().layout());
    assertEquals("treaty", plan.instrument().kind());
    assertEquals(
        List.of(
            "pp_1 | Deeply concerned at the exploitation of persons,",
            "art_1 | The purposes of this Convention are:",
            "art_1__subpara_a | To prevent and combat exploitation; and",
            "art_1__subpara_b | To protect and assist the victims.",
            "art_2 | ",
            "art_2__para_1 | Each State Party shall adopt such legislative measures as may be necessary.",
            "art_2__para_2 | Each State Party shall also adopt measures to establish as criminal offences attempting to commit an offence."),
        outline(plan));
    assertEquals("Statement of purpose", plan.provisions().get(1).heading());
  }

  @Test
  void pdfGeneratedLikeAnOfficialPrintGivesTheSameStructure() throws IOException {
    byte[] pdf =
        SourceFormatTest.pdf(
            List.of(
                List.of(
                    "A/RES/99/1",
                    "",
                    "Article 1",
                    "Use of terms",
                    "",
                    "For the purposes of this Convention:",
                    "",
                    "(a) \u201cVictim\u201d shall mean any natural per-",
                    "son who is subject to trafficking;",
                    "",
                    "- 1 -"),
                List.of(
                    "A/RES/99/1",
                    "",
                    "Article 2",
                    "Scope",
                    "",
                    "1. This Convention shall apply to all forms of trafficking.",
                    "",
                    "2. It shall apply to the protection of victims.",
                    "",
                    "- 2 -")));
    Ingester.Plan plan =
        new Ingester(FIXTURE)
            .plan(pdf, "a-res-99-1.pdf", request("a-res-99-1", Status.TREATY), Optional.empty());
    assertEquals(
        List.of(
            "art_1 | For the purposes of this Convention:",
            "art_1__subpara_a | \u201cVictim\u201d shall mean any natural person who is subject to trafficking;",
            "art_2 | ",
            "art_2__para_1 | This Convention shall apply to all forms of trafficking.",
            "art_2__para_2 | It shall apply to the protection of victims."),
        outline(plan));
  }

  @Test
  void textResolutionWithPpOpLabelsGivesPreambularAndOperativeParagraphs() throws IOException {
    byte[] text = Files.readAllBytes(Path.of("src/test/resources/ingest/resolution.txt"));
    Ingester.Plan plan =
        new Ingester(FIXTURE)
            .plan(text, "a-res-99-2.txt", request("a-res-99-2", Status.ADOPTED), Optional.empty());
    assertEquals("resolution", plan.instrument().layout());
    assertEquals(
        List.of(
            "pp_1 | Recalling its resolution 64/178 of 18 December 2009 on improving the coordination of efforts against trafficking in persons,",
            "pp_2 | Reaffirming the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,",
            "op_1 | Decides to adopt the Global Plan of Action annexed to the present resolution;",
            "op_2 | Urges Member States:",
            "op_2__subpara_a | To ratify the relevant instruments;",
            "op_2__subpara_b | To implement the Plan of Action."),
        outline(plan));
  }

  @Test
  void writeAddsTextManifestEntryAndOriginalAndTheCorpusLoads(@TempDir Path corpus)
      throws IOException {
    Folders.copy(FIXTURE, corpus);
    byte[] html = Files.readAllBytes(Path.of("src/test/resources/ingest/treaty-page.html"));
    Ingester ingester = new Ingester(corpus);
    ingester.write(
        ingester.plan(
            html, "c.html", request("example-convention", Status.TREATY), Optional.empty()));
    assertTrue(Files.exists(corpus.resolve("sources/example-convention.html")));
    assertTrue(Files.exists(corpus.resolve("manifest/added.json")));
    List<Provision> loaded = Corpus.load(corpus).provisions("example-convention");
    assertEquals(7, loaded.size());
    assertEquals("ingested", loaded.get(0).source().origin());
    assertEquals("c.html", loaded.get(0).source().official());
    IllegalArgumentException again =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ingester.plan(
                    html,
                    "c.html",
                    request("example-convention", Status.TREATY),
                    Optional.empty()));
    assertTrue(again.getMessage().contains("already exists"));
  }

  @Test
  void metadataOnlyEntryMovesToTheAddedFileWithItsRecordedFacts(@TempDir Path corpus)
      throws IOException {
    Folders.copy(FIXTURE, corpus);
    Ingester ingester = new Ingester(corpus);
    byte[] text =
        "The General Assembly,\n\nDecides to act.\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ingester.write(
        ingester.plan(
            text, "r.txt", request("a-res-64-178", Status.ADOPTED), Optional.of("paragraphs")));
    Corpus loaded = Corpus.load(corpus);
    assertTrue(loaded.instrument("a-res-64-178").orElseThrow().hasText());
    assertEquals("A/RES/64/178", loaded.instrument("a-res-64-178").orElseThrow().symbol());
    assertFalse(Files.readString(corpus.resolve("manifest/fixture.json")).contains("a-res-64-178"));
  }
}
