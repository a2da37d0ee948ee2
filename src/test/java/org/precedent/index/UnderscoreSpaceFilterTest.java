package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chain reads an underscore as the space the seeds' OCR lost: "trafficking_in persons" (seed
 * line of the 19 July 2010 draft, para. 42 (a)) gives the terms, positions and offsets "trafficking
 * in persons" gives.
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

  /** Each token as "term@position[start,end)". */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(
            term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      stream.end();
    }
    return out;
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
        List.of("trafficking@0[0,11)", "trafficking_in@0[0,14)", "in@1[12,14)"),
        tokens(Analysis.exactIndexed(), "trafficking_in"));
  }
}
