package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paragraph labels and footnote marks copied with a quote are taken out; a number that is a word of
 * the text stays, and nothing is named forgiven for it.
 */
class ApparatusTest {
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "together with the Convention. 2. The provisions|together with the Convention.  The"
            + " provisions|paragraph labels|tip-protocol.txt l.23-25: art. 1 (2)'s label",
        "1. In appropriate cases|' In appropriate cases'|paragraph labels|a label opening the quote",
        "in appropriate cases:⏎⏎2. Each State Party|in appropriate cases:⏎⏎ Each State"
            + " Party|paragraph labels|after a colon and a line break",
        "its component acts² and related conduct.³|its component acts and related conduct."
            + "|footnote marks|seed 003 l.2112: Principle 12 as OHCHR prints it",
        "its component acts2 and related conduct.3|its component acts and related conduct."
            + "|footnote marks|the same marks as OCR reads them",
        "when committed intentionally[12]|when committed intentionally|footnote marks|a bracketed"
            + " mark after a word",
        "any person under 18 years of age|any person under 18 years of age||a number that is a"
            + " word",
        "set forth in article 3. Each State Party|set forth in article 3. Each State Party||a"
            + " reference ending a sentence, no stop before it",
        "as in para. 2. The Conference|as in para. 2. The Conference||a paragraph cited after"
            + " an abbreviation's full stop",
        "see para.3 above|see para.3 above||a reference glued to its abbreviation",
        "the World Summit Outcome Document (par.150-1 12) of 2005|the World Summit Outcome"
            + " Document (par.150-1 12) of 2005||000: the first draft's PP.7 cites 'par.', the"
            + " French abbreviation, whose number is no mark",
        "E/2002/68/Add.1|E/2002/68/Add.1||a symbol's addendum number",
        "Guideline 2.6 and G8 States|Guideline 2.6 and G8 States||a decimal and a capital's"
            + " number",
        "harbouring or receipt of persons (emphasis added)|harbouring or receipt of persons"
            + "|editorial note|the quoting writer's note",
        "receipt of persons [Emphasis mine].|receipt of persons.|editorial note|in square"
            + " brackets, before the sentence's stop",
        "shall not be detained (footnote omitted), charged|shall not be detained, charged"
            + "|editorial note|a footnote left out mid-quote",
        "trafficing [sic] in persons|trafficing in persons|editorial note|the note goes, the"
            + " misspelt word stays to be diffed",
        "the measures (as appropriate) added|the measures (as appropriate) added||words in"
            + " brackets that are no note",
      })
  void labelsAndMarksAreNotWords(String quote, String stripped, String named, String why) {
    Set<String> forgiven = new LinkedHashSet<>();
    assertEquals(
        stripped.replace("⏎", "\n"), Apparatus.strip(quote.replace("⏎", "\n"), forgiven), why);
    assertEquals(named == null ? Set.of() : Set.of(named), forgiven, why);
  }
}
