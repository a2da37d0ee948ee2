package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layout {@code principles} on real lines of E/2002/68/Add.1 (seed 003_7e2460ee5dd09447.txt, line
 * numbers as in the seed).
 */
class PrinciplesParserTest {
  static final Instrument OHCHR =
      Manifest.read(Path.of("corpus")).instrument("ohchr-principles").orElseThrow();

  static Block b(int line, String text) {
    return new Block(text, line, line);
  }

  static final List<Block> EXCERPT =
      List.of(
          b(2082, "Recommended Principles on Human Rights and Human Trafficking"),
          b(2090, "Preventing trafficking"),
          b(
              2092,
              "4. Strategies aimed at preventing trafficking shall address demand as a root cause"
                  + " of trafficking."),
          b(2128, "Recommended Guidelines on Human Rights and Human Trafficking"),
          b(2192, "Guideline 4: Ensuring an adequate legal framework"),
          b(2196, "States should consider:"),
          b(2211, "10. Guaranteeing that protections for witnesses are provided for in law."));

  @Test
  void labelsBecomeEidsSectionsAndHeadings() {
    List<ParsedProvision> out = new PrinciplesParser().parse(EXCERPT, OHCHR);
    assertEquals(
        List.of("principle_4", "guideline_4", "guideline_4__para_10"),
        out.stream().map(ParsedProvision::eid).toList());
    ParsedProvision principle = out.get(0);
    assertEquals("Preventing trafficking", principle.section(), "section heading above it");
    assertEquals(2092, principle.fromLine());
    ParsedProvision guideline = out.get(1);
    assertEquals("States should consider:", guideline.text(), "introductory text only");
    assertEquals("Ensuring an adequate legal framework", guideline.heading(), "title, not text");
    assertEquals(2192, guideline.fromLine());
    assertEquals(2196, guideline.toLine());
    ParsedProvision para = out.get(2);
    assertEquals(
        "Guaranteeing that protections for witnesses are provided for in law.",
        para.text(),
        "the number is the label, not text");
    assertEquals(java.util.Map.of("label", "10."), para.attributes());
    assertEquals("Ensuring an adequate legal framework", para.heading());
    assertEquals("Recommended Guidelines on Human Rights and Human Trafficking", para.section());
  }

  @Test
  void unnumberedTextAfterAGuidelineParagraphFailsLoudly() {
    List<Block> blocks =
        List.of(
            EXCERPT.get(3),
            EXCERPT.get(4),
            EXCERPT.get(6),
            b(
                2225,
                "children, and should acknowledge the practical value of providing incentives"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new PrinciplesParser().parse(blocks, OHCHR));
    assertTrue(e.getMessage().contains("line 2225"), e.getMessage());
  }

  @Test
  void withoutPartHeadingsNumbersArePrinciplesAndAGuidelineHeadingOpensTheGuidelines() {
    List<ParsedProvision> out =
        new PrinciplesParser()
            .parse(List.of(EXCERPT.get(2), EXCERPT.get(4), EXCERPT.get(5), EXCERPT.get(6)), OHCHR);
    assertEquals(
        List.of("principle_4", "guideline_4", "guideline_4__para_10"),
        out.stream().map(ParsedProvision::eid).toList());
    assertEquals("", out.get(2).section(), "no part heading in the excerpt");
  }

  /** The corpus file through {@link SourceText}: split numbered lines, drops and joins together. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "principle_7|2098|2098|adjacent numbered lines 2098-2100 are three principles",
        "principle_8|2099|2099|its own line, not the block of 7-9",
        "principle_9|2100|2104|footnote 2102 dropped, 2104 joined after the page break",
        "principle_10|2106|2106|a new paragraph after the joined one",
        "guideline_9|2290|2300|title, introduction re-joined at 2294, paragraphs 1-3",
        "guideline_11__para_12|2335|2335|last paragraph of the document"
      })
  void corpusFileParsesToSeedLines(String eid, int from, int to, String why) {
    Map<String, Provision> byEid =
        Corpus.parse(Path.of("corpus"), OHCHR).stream()
            .collect(Collectors.toMap(Provision::eid, p -> p));
    Provision p = byEid.get(eid);
    assertTrue(p != null, "no " + eid);
    assertEquals(from, p.source().fromLine(), why);
    assertEquals(to, p.source().toLine(), why);
  }
}
