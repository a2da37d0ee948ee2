package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.testing.AnalyzedTerms;

/** The reuse chain's terms: one fixed-width hash per four-word run, keeping the run's offsets. */
class ShingleHashFilterTest {
  /** A term with the text it was hashed from, cut from the input by its offsets. */
  record Run(String term, String text) {}

  static List<Run> runs(String text) throws IOException {
    List<Run> out = new ArrayList<>();
    try (TokenStream ts = Analysis.reuse().tokenStream(Fields.REUSE, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Run(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void oneTermPerFourWordRunWithTheRunsOffsets() throws IOException {
    List<Run> runs = runs("Trafficking in persons, especially women and children");
    assertEquals(
        List.of(
            "Trafficking in persons, especially",
            "in persons, especially women",
            "persons, especially women and",
            "especially women and children"),
        runs.stream().map(Run::text).toList());
  }

  @Test
  void everyTermIsNineSingleByteCharacters() throws IOException {
    for (Run run : runs("the position of vulnerability shall not be abused by any person")) {
      assertEquals(ShingleHashFilter.CHARS, run.term().length());
      assertEquals(
          ShingleHashFilter.CHARS, run.term().getBytes(StandardCharsets.UTF_8).length, run.text());
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # one text                          | hashes as the other          | why
          Protection of Victims of Trafficking | protection of victims of     | lower-cased before hashing
          trafic des êtres humains            | trafic des etres humains     | accents folded before hashing
          """)
  void normalisedTextHashesAlike(String one, String other) throws IOException {
    assertEquals(runs(other).get(0).term(), runs(one).get(0).term());
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # one run                     | a different run
          States Parties shall consider | States Parties should consider
          as appropriate, States shall  | States shall, as appropriate
          of trafficking in persons     | of trafficking in person
          """)
  void differentRunsHashApart(String one, String other) throws IOException {
    assertNotEquals(runs(other).get(0).term(), runs(one).get(0).term());
  }

  /** The shipped corpus's distinct runs keep distinct terms: no collision among them. */
  @Test
  void noCollisionAmongTheShippedCorpussRuns() throws IOException {
    Map<String, String> runByTerm = new HashMap<>();
    for (Provision p : Corpus.load(Path.of("corpus")).allProvisions()) {
      for (Run run : runs(p.text())) {
        String words = exactWords(run.text()); // the run as the chain saw it before hashing
        String before = runByTerm.putIfAbsent(run.term(), words);
        assertTrue(before == null || before.equals(words), before + " / " + words);
      }
    }
    assertTrue(runByTerm.size() > 50_000, "distinct runs: " + runByTerm.size());
  }

  private static String exactWords(String text) throws IOException {
    return String.join(" ", AnalyzedTerms.of(Analysis.exact(), Fields.TEXT_EXACT, text));
  }
}
