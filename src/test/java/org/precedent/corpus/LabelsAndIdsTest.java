package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids, symbols and human labels: the forms other parts and external tools rely on. */
class LabelsAndIdsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "art_3__subpara_a|art. 3 (a)|Protocol definition",
        "art_6__para_3__subpara_c|art. 6 (3) (c)|paragraph and subparagraph",
        "annex__para_31|annex, para. 31|A/64/L.64 annex",
        "annex__para_43__subpara_a|annex, para. 43 (a)|annex subparagraph",
        "annex_ii__para_40|annex II, para. 40|a report's second annex, its paragraphs by position",
        "op_2__subpara_d|para. 2 (d)|operative subparagraph",
        "pp_4|PP 4|preambular paragraph",
        "principle_7|Principle 7|OHCHR",
        "guideline_6__para_1|Guideline 6, para. 1|OHCHR guideline paragraph",
        "para_12|para. 12|report paragraph",
        "art_6__subpara_2|art. 6, subpara. 2|a numbered subparagraph is not paragraph 2"
      })
  void eidLabels(String eid, String label, String why) {
    assertEquals(label, EidLabels.label(eid), why);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "A/64/L.64, a-64-l-64",
    "A/RES/64/178, a-res-64-178",
    "CTOC/COP/WG.4/2010/6, ctoc-cop-wg-4-2010-6",
    "CTOC/COP/WG.4/2009/2, ctoc-cop-wg-4-2009-2",
    "E/2002/68/Add.1, e-2002-68-add-1"
  })
  void symbolIds(String symbol, String id) {
    assertEquals(id, ProvisionId.forSymbol(symbol));
  }

  @ParameterizedTest
  @CsvSource({
    "tip-protocol/art_3__subpara_a",
    "a-64-l-64/annex__para_31",
    "ohchr-principles/principle_1"
  })
  void validIdsRoundTrip(String id) {
    assertEquals(id, ProvisionId.parse(id).orElseThrow().toString());
  }

  @ParameterizedTest
  @CsvSource({
    "../etc/passwd",
    "tip-protocol/",
    "/art_3",
    "Tip-Protocol/art_3",
    "tip-protocol/art_3/x",
    "tip-protocol/art 3"
  })
  void invalidIdsAreRejected(String id) {
    assertTrue(ProvisionId.parse(id).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "tip-protocol/art_7, tip-protocol/art_7__para_1, true",
    "tip-protocol/art_7__para_1, tip-protocol/art_7, true",
    "tip-protocol/art_7, tip-protocol/art_70, false",
    "tip-protocol/art_7, untoc/art_7, false"
  })
  void relatedMeansSelfAncestorOrDescendant(String a, String b, boolean related) {
    assertEquals(
        related, ProvisionId.parse(a).orElseThrow().isRelated(ProvisionId.parse(b).orElseThrow()));
  }

  /** What an id may be: lower-case instrument, then steps of a type and an optional value. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "untoc/art_3__para_1__subpara_a|true",
        "a-64-l-64/annex__para_31|true",
        "a-64-l-64/annex|true",
        "untoc/art_3__|false",
        "untoc/art_3____para_1|false",
        "untoc/__art_3|false",
        "untoc/art_3__Para_1|false",
        "untoc/art_3__para_1_2|false",
        "-untoc/art_3|false",
        "untoc/art_3/para_1|false",
        "untoc|false"
      })
  void idsParseOnlyInTheirForm(String text, boolean parses) {
    assertEquals(parses, ProvisionId.parse(text).isPresent(), text);
  }

  @org.junit.jupiter.api.Test
  void ancestorsOutermostFirst() {
    ProvisionId id = ProvisionId.parse("untoc/art_3__para_1__subpara_a").orElseThrow();
    assertEquals(List.of("art_3", "art_3__para_1"), id.ancestorEids());
    assertEquals("art_3__para_1", id.parentEid().orElseThrow());
    assertFalse(ProvisionId.parse("untoc/art_3").orElseThrow().parentEid().isPresent());
  }
}
