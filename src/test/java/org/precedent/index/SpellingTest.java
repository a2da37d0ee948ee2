package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One spelling for a word written two ways, and the stemmed chain reading words in it. */
class SpellingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # word           | its one spelling | why
          criminalisation  | criminalization  | an -ise verb's noun, by rule
          organised        | organized        | by rule
          organisers       | organizers       | by rule
          prioritising     | prioritizing     | by rule
          labour           | labor            | listed
          endeavouring     | endeavoring      | listed
          programmes       | programs         | listed
          whilst           | while            | listed
          exercise         | exercise         | a word of its own, not an -ise verb
          advised          | advised          | advise is a word of its own
          compromising     | compromising     | a word of its own
          premises         | premises         | a word of its own
          rise             | rise             | too short for a verb in -ise
          noise            | noise            | too short for a verb in -ise
          criminalization  | criminalization  | already the one spelling
          """)
  void standard(String word, String expected) {
    assertEquals(expected, Spelling.standard(word));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # one text                           | indexed as the other
          Criminalisation of trafficking       | criminalization of trafficking
          transnational organised crime        | transnational organized crime
          Recognising                          | recognizing
          forced labour                        | forced labor
          labourers                            | laborers
          States Parties shall endeavour       | States Parties shall endeavor
          behavioural                          | behavioral
          programmes                           | programs
          offences                             | offenses
          centred                              | centered
          analyse analyses analysed            | analyze analyzes analyzed
          children                             | child
          women and children                   | woman and child
          children's rights                    | child rights
          """)
  void theStemmedChainReadsBothAsOne(String one, String other) throws IOException {
    assertEquals(WordFamilyFilterTest.terms(other), WordFamilyFilterTest.terms(one));
  }

  /** A word with no other spelling is only stemmed: "exercise" is not "exercize". */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # words                    | terms
          exercise advise            | exercise advise
          compromise otherwise       | compromise otherwise
          four hours our             | four hour our
          analysis                   | analysis
          """)
  void leavesOtherWordsToTheStemmer(String words, String expected) throws IOException {
    assertEquals(expected, WordFamilyFilterTest.terms(words));
  }
}
