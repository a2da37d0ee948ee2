package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precedent.testing.Instruments;

/** Footnotes listed in a manifest entry become provisions numbered by their printed marks. */
class FootnotesTest {
  /** A principles excerpt starting at source line 10, footnotes on the lines listed. */
  private static Instrument principles(List<List<Integer>> drop, List<List<Integer>> footnotes) {
    return Instruments.of("ohchr-principles", "Principles", "principles", Status.PRINCIPLES)
        .text(new Instrument.SourceSpec("seed", "s.txt", 10, 15, null), "texts/p.txt", "principles")
        .drop(drop)
        .footnotes(footnotes)
        .build();
  }

  private static final List<String> LINES =
      List.of(
          "1. Trafficked persons shall not be detained.¹",
          "",
          "¹ The term “trafficking” refers to the",
          "recruitment of persons.",
          "",
          "¹⁵ A second note.");

  @Test
  void eachListedFootnoteIsAProvisionAfterTheBodyWithItsOwnLines() {
    Instrument inst = principles(List.of(List.of(12, 15)), List.of(List.of(12, 13), List.of(15)));
    List<Provision> provisions = Corpus.parseLines(inst, LINES, "p.txt");
    assertEquals(
        List.of("principle_1", "footnote_1", "footnote_15"),
        provisions.stream().map(p -> p.id().eid()).toList());
    Provision first = provisions.get(1);
    assertEquals("The term “trafficking” refers to the recruitment of persons.", first.text());
    assertEquals(12, first.source().fromLine());
    assertEquals(13, first.source().toLine());
    assertEquals("footnote 1", first.label());
    assertEquals(
        "Trafficked persons shall not be detained.",
        provisions.get(0).text(),
        "the mark left out, and the number, which is the label");
  }

  @Test
  void aFootnoteLeftInTheRunningTextIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> principles(List.of(List.of(12, 13)), List.of(List.of(15))));
    assertTrue(e.getMessage().contains("must also be dropped"), e.getMessage());
  }

  @Test
  void aRangeWithoutAMarkOrWithTwoParagraphsFailsInsteadOfGuessing() {
    Instrument unmarked = principles(List.of(List.of(12, 15)), List.of(List.of(13)));
    assertThrows(IllegalStateException.class, () -> Corpus.parseLines(unmarked, LINES, "p.txt"));
    Instrument two = principles(List.of(List.of(12, 15)), List.of(List.of(12, 15)));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Corpus.parseLines(two, LINES, "p.txt"));
    assertTrue(e.getMessage().contains("2 paragraphs"), e.getMessage());
  }
}
