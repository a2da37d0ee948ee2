package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language code of a quotation, told by its small words (none: too few tell it). */
class QuoteLanguageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the recruitment, transportation, transfer, harbouring or receipt of persons | en",
        "la captación, el transporte, el traslado, la acogida o la recepción de personas | es",
        "le recrutement, le transport, le transfert, l'hébergement ou l'accueil de personnes"
            + " | fr",
        "la protección de las víctimas y la cooperación entre los Estados | es",
        "Protocol to Prevent | ",
        "trafficking in persons | ",
        "Principe 7 | ",
      })
  void toldBySmallWords(String text, String language) {
    assertEquals(language, QuoteLanguage.of(QuoteWords.words(text)));
  }
}
