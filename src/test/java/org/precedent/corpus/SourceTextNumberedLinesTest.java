package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paragraph numbers on adjacent lines start paragraphs; footnote letters leave the text. */
class SourceTextNumberedLinesTest {
  @Test
  void adjacentNumberedLinesAreSeparateParagraphsWithTheirOwnLines() {
    // seed 003, lines 2086-2087 (OHCHR Principles 1 and 2), no blank line between them
    List<Block> blocks =
        SourceText.blocks(
            List.of(
                "1. The human rights of trafficked persons shall be at the centre of all efforts.",
                "2. States have a responsibility under international law to act with due"
                    + " diligence."),
            2086,
            List.of(),
            List.of());
    assertEquals(2, blocks.size());
    assertEquals(2086, blocks.get(0).toLine());
    assertEquals(2087, blocks.get(1).fromLine());
  }

  @Test
  void aYearOpeningAWrappedLineDoesNotStartAParagraph() {
    // seed 000, lines 42-43: a wrapped sentence whose second line opens with "2009."
    List<Block> blocks =
        SourceText.blocks(
            List.of(
                "Secretary General, prepared for the thematic debate of the General Assembly on"
                    + " trafficking in persons of May",
                "2009. The Facilitators would appreciate to have, at the first meeting,"
                    + " preliminary comments from Member"),
            42,
            List.of(),
            List.of());
    assertEquals(1, blocks.size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Especially Women and Children,^b|Especially Women and Children,|seed 003 line 3987:"
            + " footnote letter",
        "its ^{terrible} negative implications|its ^{terrible} negative implications|seed 003"
            + " line 1493: a superscript word is a word"
      })
  void caretFootnoteLettersAreRemovedButNotWords(String raw, String clean, String why) {
    assertEquals(clean, TextCleaner.clean(raw), why);
  }
}
