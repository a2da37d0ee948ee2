package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.testing.AnalyzedTerms;
import org.precedent.testing.AnalyzedTerms.At;

/** The stemmed pairs: each kept word joined to the next, one "_" per dropped stopword. */
class StemPairFilterTest {
  /** The pairs of {@code text}, each at the position of its first word. */
  static List<At> pairs(Analyzer analyzer, String text) throws IOException {
    return AnalyzedTerms.positioned(analyzer, Fields.TEXT_PAIRS, text);
  }

  @Test
  void eachPairStandsAtItsFirstWordAndCountsTheStopwordsBetween() throws IOException {
    assertEquals(
        List.of(
            new At("victim _ traffic", 0),
            new At("traffic _ person", 2),
            new At("person _ _ state", 4)),
        pairs(Analysis.stemmedPairs(), "Victims of trafficking in persons and of States"));
  }

  @Test
  void aLeadingStopwordShiftsEveryPairAsItShiftsTheWords() throws IOException {
    assertEquals(
        List.of(new At("protocol prevent", 1)),
        pairs(Analysis.stemmedPairs(), "The Protocol prevents"));
  }

  @ParameterizedTest(name = "\"{0}\" has no pair")
  @CsvSource(
      delimiter = '|',
      value = {"trafficking", "trafficking in the", "of the", "''"})
  void oneWordOrNoneMakesNoPair(String text) throws IOException {
    assertEquals(List.of(), pairs(Analysis.stemmedPairs(), text));
  }

  /** The pairs are made of the words the stemmed field holds, in the same order. */
  @Test
  void thePairsJoinTheStemmedWords() throws IOException {
    String text = "States Parties shall endeavour to provide for the physical safety of victims";
    List<String> words = AnalyzedTerms.of(Analysis.english(), Fields.TEXT, text);
    List<String> expected = new ArrayList<>();
    for (At at : pairs(Analysis.stemmedPairs(), text)) {
      String[] parts = at.term().split(" ");
      expected.add(parts[0]);
    }
    expected.add(words.get(words.size() - 1));
    assertEquals(words, expected);
  }

  /** An analyzer is reused per thread: the word held at the end of a text starts no pair later. */
  @Test
  void aReusedChainForgetsTheLastTextsWord() throws IOException {
    pairs(Analysis.stemmedPairs(), "trafficking");
    assertEquals(
        List.of(new At("person woman", 0)), pairs(Analysis.stemmedPairs(), "persons women"));
  }

  /** A document's words and pairs come from one pass of its language's stemmed chain. */
  @Test
  void aDocumentsPairsJoinTheWordsItsLanguageStemmed() throws IOException {
    for (String[] text :
        new String[][] {
          {"en", "Victims of trafficking in persons and of States"},
          {"es", "la trata de personas, especialmente mujeres y niños"},
          {"fr", "la traite des personnes, en particulier des femmes et des enfants"}
        }) {
      List<At> words = AnalyzedTerms.positioned(Analysis.stemmed(text[0], text[1]).words());
      List<At> pairs = AnalyzedTerms.positioned(Analysis.stemmed(text[0], text[1]).pairs());
      assertEquals(
          AnalyzedTerms.positioned(Analysis.stemmedFor(text[0]), Fields.TEXT, text[1]),
          words,
          text[0] + " words as analysed");
      assertEquals(words.size() - 1, pairs.size(), text[1]);
      for (int i = 0; i < pairs.size(); i++) {
        At first = words.get(i);
        At second = words.get(i + 1);
        String gap = " _".repeat(second.position() - first.position() - 1);
        assertEquals(
            new At(first.term() + gap + " " + second.term(), first.position()), pairs.get(i));
      }
    }
    assertEquals(
        new At("trat _ person", 1),
        AnalyzedTerms.positioned(Analysis.stemmed("es", "la trata de personas").pairs()).get(0));
  }
}
