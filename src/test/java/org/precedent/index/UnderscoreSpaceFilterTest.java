package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.testing.AnalyzedTerms;
import org.precedent.testing.AnalyzedTerms.Spanned;

/**
 * Every chain reads an underscore as the space the seeds' OCR lost: "trafficking_in persons" (the
 * 19 July 2010 draft, annex para. 42 (a)) gives the terms, positions and offsets "trafficking in
 * persons" gives.
 */
class UnderscoreSpaceFilterTest {
  static Stream<Map.Entry<String, Analyzer>> chains() {
    return Stream.of(
        Map.entry("english", Analysis.english()),
        Map.entry("exact", Analysis.exact()),
        Map.entry("exact indexed", Analysis.exactIndexed()),
        Map.entry("exact phrase", Analysis.exactPhrase()),
        Map.entry("stemmed pairs", Analysis.stemmedPairs()),
        Map.entry("spanish", Analysis.stemmedFor("es")),
        Map.entry("french", Analysis.stemmedFor("fr")),
        Map.entry("spanish pairs", Analysis.stemmedPairsFor("es")),
        Map.entry("reuse", Analysis.reuse()));
  }

  private static List<Spanned> tokens(Analyzer analyzer, String text) throws IOException {
    return AnalyzedTerms.spanned(analyzer, "f", text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void anUnderscoreReadsAsTheSpaceItStandsFor(Map.Entry<String, Analyzer> chain)
      throws IOException {
    String joined = "Prosecuting crimes of trafficking_in persons and_has victims";
    String spaced = "Prosecuting crimes of trafficking in persons and has victims";
    assertEquals(tokens(chain.getValue(), spaced), tokens(chain.getValue(), joined));
  }

  /** The exact field's pair "trafficking_in" is the pair only, never a word that looks like it. */
  @Test
  void noWordHoldsTheUnderscoreThatJoinsAPair() throws IOException {
    assertEquals(
        List.of(
            new Spanned("trafficking", 0, 0, 11),
            new Spanned("trafficking_in", 0, 0, 14),
            new Spanned("in", 1, 12, 14)),
        tokens(Analysis.exactIndexed(), "trafficking_in"));
  }
}
