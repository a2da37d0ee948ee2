package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precedent.corpus.Provenance;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.testing.Instruments;

/**
 * The verifier on real OHCHR text read from seed 003 at test time (Principle 4 at line 2092,
 * Guideline 7's opening at line 2259), through a map-backed source: no Lucene. Skips without
 * ../shared.
 */
class SeedQuoteVerifierTest {
  static final Path SEEDS = Path.of("..", "shared", "seeds");
  static QuoteVerifier verifier;

  @BeforeAll
  static void load() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
    List<String> seed;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(SEEDS, "003_*.txt")) {
      seed = Files.readAllLines(files.iterator().next(), StandardCharsets.UTF_8);
    }
    Provision p4 = provision("principle_4", seed.get(2091).replaceFirst("^4\\. ", ""), 2092);
    Provision g7 = provision("guideline_7", seed.get(2258), 2259);
    Map<String, Provision> byId = Map.of(p4.id().toString(), p4, g7.id().toString(), g7);
    List<org.precedent.corpus.Instrument> manifest =
        List.of(
            FakeCorpus.meta(
                "ohchr-principles",
                "Recommended Principles and Guidelines on Human Rights and" + " Human Trafficking",
                "OHCHR Recommended Principles and Guidelines",
                "E/2002/68/Add.1",
                "principles",
                Status.of("principles")));
    ProvisionSource source =
        new ProvisionSource() {
          @Override
          public Optional<Provision> provision(ProvisionId id) {
            return Optional.ofNullable(byId.get(id.toString()));
          }

          @Override
          public List<Provision> candidates(String quote, int max) {
            return List.of(p4, g7);
          }
        };
    // The fake manifest entry is metadata-only; give it text so the resolver looks provisions up.
    org.precedent.corpus.Instrument withText = withText(manifest.get(0));
    Citator citator = new Citator(CitationGrammar.load(List.of(withText)), source);
    verifier = new QuoteVerifier(citator, source, List.of(withText));
  }

  private static org.precedent.corpus.Instrument withText(org.precedent.corpus.Instrument i) {
    return Instruments.of(i.id(), i.title(), i.kind(), i.status())
        .names(i.shortTitle(), i.aliases(), i.symbol())
        .adopted(i.body(), i.date())
        .text(
            new org.precedent.corpus.Instrument.SourceSpec(
                "seed", "003_7e2460ee5dd09447.txt", 2092, 2259, null),
            "texts/ohchr-principles.txt",
            "principles")
        .build();
  }

  private static Provision provision(String eid, String text, int line) {
    return new Provision(
        new ProvisionId("ohchr-principles", eid),
        "principle",
        eid,
        "OHCHR " + eid,
        null,
        null,
        text,
        text,
        Status.of("principles"),
        "en",
        new Provenance("seed", "003_7e2460ee5dd09447.txt", line, line, null),
        "h",
        0,
        List.of(),
        Map.of());
  }

  @Test
  void shallBecomingShouldIsADifference() {
    Verification v =
        verifier.verify(
            "Strategies aimed at preventing trafficking should address demand as a root cause of"
                + " trafficking.",
            "Principle 4 of the Recommended Principles and Guidelines on Human Rights and Human"
                + " Trafficking");
    assertEquals(Verification.DIFFERS, v.verdict(), v.toString());
    assertEquals("ohchr-principles/principle_4", v.provision().id());
    assertTrue(v.diff().contains(new DiffOp("delete", "shall")), v.diff().toString());
    assertTrue(v.diff().contains(new DiffOp("insert", "should")), v.diff().toString());
  }

  @Test
  void theRealWordsVerifyExactly() {
    Verification v =
        verifier.verify(
            "Strategies aimed at preventing trafficking shall address demand", "Principle 4");
    assertEquals(Verification.EXACT, v.verdict(), v.toString());
  }

  @Test
  void guidelineWordsCitedToThePrincipleAreNotInCited() {
    Verification v =
        verifier.verify(
            "should take into account demand as a root cause. States and intergovernmental"
                + " organizations should also take into account",
            "Principle 4");
    assertEquals(Verification.NOT_IN_CITED, v.verdict(), v.toString());
    assertEquals("ohchr-principles/guideline_7", v.foundIn().get(0).id());
  }
}
