package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.KnowledgeBase;

/** Resolution and verification through the facade over a real (fixture) Lucene index. */
class IndexedCitationTest {
  @TempDir static Path index;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    kb = CiteFixture.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    kb.close();
  }

  private static Citation one(String q) {
    return kb.citeOne(q).citations().get(0);
  }

  @Test
  void resolvesAReportParagraphWithTextAndHash() {
    Citation c = one("CTOC/COP/WG.4/2010/6, para. 2");
    assertEquals(Citation.RESOLVED, c.status());
    CitedProvision p = c.provisions().get(0);
    assertEquals("ctoc-cop-wg-4-2010-6/para_2", p.id());
    assertTrue(p.text().startsWith("2. In its decision 4/4, the Conference decided to establish"));
    assertEquals(64, p.hash().length());
  }

  @Test
  void knownInstrumentWithoutThatParagraphIs404() {
    Citation c = one("paragraph 9 of CTOC/COP/WG.4/2010/6");
    assertEquals(Citation.NO_SUCH_PROVISION, c.status());
    assertTrue(c.message().contains("para. 9"), c.message());
  }

  @Test
  void metadataOnlyTreatyResolvesWithoutText() {
    Citation c = one("article 3 (a) of the Trafficking in Persons Protocol");
    assertEquals(Citation.RESOLVED, c.status());
    assertEquals("tip-protocol/art_3__subpara_a", c.provisions().get(0).id());
    assertNull(c.provisions().get(0).text());
    assertEquals("text not in corpus", c.provisions().get(0).note());
  }

  @Test
  void aManifestAliasDoesNotSettleTheProtocol() {
    // The fixture manifest lists "the Protocol" as an alias of tip-protocol on purpose: read as a
    // name it would resolve silently; read as the short form, the answer says what it assumed.
    Citation c = one("article 9 of the Protocol");
    assertEquals(Citation.RESOLVED, c.status());
    assertEquals("tip-protocol/art_9", c.provisions().get(0).id());
    assertNotNull(c.message());
    assertTrue(c.message().contains("it could also be smuggling-protocol"), c.message());
  }

  @Test
  void manifestAliasesAreCitable() {
    assertEquals(
        "tip-protocol/art_6", one("article 6 of the Palermo Protocol").provisions().get(0).id());
    assertEquals("untoc", one("UNTOC").provisions().get(0).id());
  }

  @Test
  void snapshotIsReturned() {
    assertEquals(kb.snapshot(), kb.cite("UNTOC").snapshot());
    assertNotNull(kb.snapshot());
  }

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "exact|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, para. 3|ctoc-cop-wg-4-2010-6/para_3|a fragment as written",
        "exact|\u201c\u2026 the Conference decided that the Working Group should meet during the fifth session \u2026\u201d|CTOC/COP/WG.4/2010/6, para. 3|ctoc-cop-wg-4-2010-6/para_3|outer quote marks and ellipses at the ends",
        "variant|The conference decided that the working group should meet during the fifth session|CTOC/COP/WG.4/2010/6, para. 3|ctoc-cop-wg-4-2010-6/para_3|case only",
        "variant|to establish an open\u2011ended working group|CTOC/COP/WG.4/2010/6, para. 2|ctoc-cop-wg-4-2010-6/para_2|non-breaking hyphen",
        "differs|the Conference decided that the Working Group shall meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, para. 3|ctoc-cop-wg-4-2010-6/para_3|should -> shall is a change of words",
        "differs|the Conference decided that the Working Group should meet during the session of the Conference|CTOC/COP/WG.4/2010/6, para. 3|ctoc-cop-wg-4-2010-6/para_3|a dropped word",
        "not_in_cited|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, para. 1|ctoc-cop-wg-4-2010-6/para_3|the words are in paragraph 3",
        "exact|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, paras. 1 to 3|ctoc-cop-wg-4-2010-6/para_3|a range cited: the quote is in its third paragraph",
        "exact|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, paras. 1 and 3|ctoc-cop-wg-4-2010-6/para_3|a list cited: its second item",
        "not_in_cited|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, paras. 1 and 2|ctoc-cop-wg-4-2010-6/para_3|in neither item",
        "citation_unresolved|the recruitment, transportation, transfer|article 3 (a) of the Trafficking in Persons Protocol||metadata-only: text not in corpus",
        "citation_unresolved|anything|resolution 62/141||not an instrument in the corpus",
        "citation_unresolved|the Conference decided that the Working Group should meet during the fifth session of the Conference|CTOC/COP/WG.4/2010/6, para. 99|ctoc-cop-wg-4-2010-6/para_3|a paragraph the report lacks: where the words are is said",
      })
  void verdicts(String verdict, String quote, String citation, String id, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    if (verdict.equals(Verification.NOT_IN_CITED)
        || (verdict.equals(Verification.UNRESOLVED) && id != null)) {
      assertEquals(id, v.foundIn().isEmpty() ? null : v.foundIn().get(0).id(), why + " :: " + v);
    } else if (id != null) {
      assertEquals(id, v.provision().id());
    }
  }

  @Test
  void differsShowsTheChangedModalInTheDiff() {
    Verification v =
        kb.verify(
            "the Conference decided that the Working Group shall meet during the fifth session",
            "CTOC/COP/WG.4/2010/6, para. 3");
    assertTrue(v.diff().contains(new DiffOp("delete", "should")), v.diff().toString());
    assertTrue(v.diff().contains(new DiffOp("insert", "shall")), v.diff().toString());
    assertEquals("equal", v.diff().get(0).op());
    assertTrue(v.similarity() > 0.8 && v.similarity() < 1, "" + v.similarity());
  }

  @Test
  void aLongQuoteIsJudgedQuickly() {
    String quote = "the Conference decided that States should meet and ".repeat(1_300);
    Verification v =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () -> kb.verify(quote.substring(0, 64_000), "CTOC/COP/WG.4/2010/6, para. 3"));
    // Not para. 3's text nor anyone's: a sentence repeated, as fast to rule out.
    assertEquals(Verification.NOT_IN_CITED, v.verdict());
    assertTrue(v.similarity() < 0.1, "" + v.similarity());
  }

  static Stream<Arguments> forgiven() {
    return Stream.of(
        Arguments.of(
            "\u201cThe conference decided that the Working Group should  meet\u2026\u201d",
            Verification.VARIANT,
            List.of("whitespace", "quote marks", "ellipsis", "case")),
        Arguments.of(
            "[t]he Conference decided that the Working Group should meet",
            Verification.EXACT,
            List.of("bracketed letter")),
        Arguments.of(
            "the Conference decided that the Working Group \uD835\uDC2C\uD835\uDC21\uD835\uDC28"
                + "\uD835\uDC2E\uD835\uDC25\uD835\uDC1D meet",
            Verification.VARIANT,
            List.of("characters")),
        Arguments.of(
            "the Conference decided that the Working Group shall meet ... and should hold at least"
                + " one intersessional meeting",
            Verification.DIFFERS,
            List.of("ellipsis")));
  }

  /**
   * Normalizations say what was forgiven: a letter changed in brackets is legal writing's own; an
   * ellipsis forgives the words it marks, not a word changed beside them ("shall meet"), so that
   * quote still differs.
   */
  @ParameterizedTest
  @MethodSource("forgiven")
  void normalizationsSayWhatWasForgiven(String quote, String verdict, List<String> forgiven) {
    Verification v = kb.verify(quote, "CTOC/COP/WG.4/2010/6, para. 3");
    assertEquals(verdict, v.verdict());
    assertEquals(forgiven, v.normalizations());
  }

  @Test
  void wordsLeftOutWhereAnEllipsisMarksThemAreForgivenAndShown() {
    Verification v =
        kb.verify(
            "the Conference decided that the Working Group should meet [...] and should hold at"
                + " least one intersessional meeting",
            "CTOC/COP/WG.4/2010/6, para. 3");
    assertEquals(Verification.EXACT, v.verdict());
    assertEquals(List.of("ellipsis"), v.normalizations());
    assertEquals(List.of("equal", "delete", "equal"), v.diff().stream().map(DiffOp::op).toList());
    assertEquals("during the fifth session of the Conference", v.diff().get(1).text());
  }

  @Test
  void aQuoteInAnotherLanguageIsSaidToBeSo() {
    Verification v =
        kb.verify(
            "la Conférence a décidé que le Groupe de travail se réunirait pendant la cinquième"
                + " session de la Conférence et tiendrait au moins une réunion intersessions",
            "CTOC/COP/WG.4/2010/6, para. 3");
    assertEquals(Verification.DIFFERS, v.verdict());
    assertTrue(v.message().startsWith("the quote is in French and the corpus holds "), v.message());
    assertTrue(v.message().endsWith(" in English: compare the quote with the French text"));
    Verification misquote =
        kb.verify(
            "the Conference decided that the Working Group shall meet",
            "CTOC/COP/WG.4/2010/6, para. 3");
    assertTrue(misquote.message().startsWith("words differ from "), misquote.message());
  }

  @Test
  void aWordChangedBesideAnEllipsisIsShownWithTheOmissionKeptApart() {
    Verification v =
        kb.verify(
            "the Conference decided that the Working Group shall meet ... and should hold at least"
                + " one intersessional meeting",
            "CTOC/COP/WG.4/2010/6, para. 3");
    assertEquals(
        List.of(
            new DiffOp("equal", "the Conference decided that the Working Group"),
            new DiffOp("delete", "should"),
            new DiffOp("insert", "shall"),
            new DiffOp("equal", "meet"),
            new DiffOp("delete", "during the fifth session of the Conference"),
            new DiffOp("equal", "and should hold at least one intersessional meeting")),
        v.diff());
  }
}
