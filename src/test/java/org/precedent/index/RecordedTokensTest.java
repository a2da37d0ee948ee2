package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;

/**
 * A text written again is indexed from the tokens its first analysis gave ({@link AnalysedTexts}):
 * those must be, token for token, what each field's chain gives.
 */
class RecordedTokensTest {
  /** A token as the index reads it: its term's bytes and its position increment. */
  private record Read(String bytes, int increment) {}

  /** Every token of {@code stream}, then its increment at the end, as {@code -increment}. */
  private static List<Read> read(TokenStream stream) throws IOException {
    List<Read> out = new ArrayList<>();
    try (stream) {
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Read(term.getBytesRef().toString(), increment.getPositionIncrement()));
      }
      stream.end();
      out.add(new Read("end", increment.getPositionIncrement()));
    }
    return out;
  }

  @Test
  void everyFieldOfEveryShippedProvisionReplaysAsItsChainGivesIt() throws IOException {
    List<Provision> provisions = Corpus.load(Path.of("corpus")).allProvisions();
    List<Function<Provision, TokenStream>> chains =
        List.of(
            p -> Analysis.stemmed(p.language(), p.text()).words(),
            p -> Analysis.stemmed(p.language(), p.text()).pairs(),
            p -> Analysis.exactIndexed().tokenStream(Fields.TEXT_EXACT, p.text()),
            p -> Analysis.reuse().tokenStream(Fields.REUSE, p.text()));
    int tokens = 0;
    for (Provision p : provisions) {
      for (int field = 0; field < chains.size(); field++) {
        List<Read> live = read(chains.get(field).apply(p));
        RecordedTokens recorded = RecordedTokens.of(chains.get(field).apply(p));
        assertEquals(live, read(recorded.replay()), p.id() + ", field " + field);
        // A replay can be read again: a kept analysis serves every copy of its text.
        assertEquals(live, read(recorded.replay()), p.id() + ", field " + field + ", again");
        tokens += recorded.size();
      }
    }
    assertTrue(tokens > 500_000, tokens + " tokens compared");
  }

  /**
   * One player serves one writer thread's documents in turn: each replay gives its own recording
   * whole, whatever the one before it left (a longer text, a trailing gap).
   */
  @Test
  void onePlayerReplaysRecordingsInTurn() throws IOException {
    List<String> texts =
        List.of(
            "Trafficking in persons shall be criminalised in accordance with domestic law",
            "Trafficking in persons and of",
            "victims",
            "Trafficking in persons and of");
    RecordedTokens.Player player = new RecordedTokens.Player();
    for (String text : texts) {
      List<Read> live = read(Analysis.stemmed("en", text).words());
      RecordedTokens recorded = RecordedTokens.of(Analysis.stemmed("en", text).words());
      assertEquals(live, read(player.play(recorded)), text);
    }
  }

  /**
   * The stopwords a text ends with leave a gap after the stemmed field's last word, and a pair the
   * exact field stacks on its first word stands at that word's position: both replayed.
   */
  @Test
  void aTrailingGapAndAStackedPairAreReplayed() throws IOException {
    String text = "Trafficking in persons and of";
    List<Read> words = read(RecordedTokens.of(Analysis.stemmed("en", text).words()).replay());
    assertEquals(new Read("end", 2), words.get(words.size() - 1), words.toString());
    List<Read> exact =
        read(
            RecordedTokens.of(Analysis.exactIndexed().tokenStream(Fields.TEXT_EXACT, text))
                .replay());
    assertTrue(
        exact.contains(new Read("[74 72 61 66 66 69 63 6b 69 6e 67 5f 69 6e]", 0)),
        exact.toString());
  }

  /** Analyses {@code text} as a document does, counting how often it was asked to. */
  private static Supplier<AnalysedTexts.Analysed> analysis(String text, int[] count) {
    return () -> {
      count[0]++;
      RecordedTokens words = RecordedTokens.of(Analysis.reuse().tokenStream(Fields.REUSE, text));
      return new AnalysedTexts.Analysed(words, words, words, words, Set.of(), Optional.empty());
    };
  }

  @Test
  void aTextIsAnalysedOncePerLanguage() {
    AnalysedTexts texts = new AnalysedTexts();
    int[] analysed = {0};
    String text = "victims of trafficking in persons";
    AnalysedTexts.Analysed english = texts.of("en", text, analysis(text, analysed));
    assertSame(english, texts.of("en", text, analysis(text, analysed)));
    assertNotSame(english, texts.of("fr", text, analysis(text, analysed)));
    assertEquals(2, analysed[0]);
    assertEquals(1, texts.reused());
  }

  /** Past its capacity in tokens, the text used least recently is dropped, and analysed again. */
  @Test
  void theLeastRecentlyUsedTextGoesFirst() {
    // Five words: two four-word runs a field, in four fields 8 tokens a text; room for two texts.
    AnalysedTexts texts = new AnalysedTexts(16);
    int[] analysed = {0};
    String first = "victims of trafficking in persons";
    String second = "protection of victims of trafficking";
    String third = "prevent and combat trafficking offences";
    texts.of("en", first, analysis(first, analysed));
    texts.of("en", second, analysis(second, analysed));
    texts.of("en", first, analysis(first, analysed)); // now the more recent of the two
    texts.of("en", third, analysis(third, analysed)); // drops the second
    assertEquals(3, analysed[0]);
    texts.of("en", first, analysis(first, analysed));
    assertEquals(3, analysed[0], "the first text, used recently, is kept");
    texts.of("en", second, analysis(second, analysed));
    assertEquals(4, analysed[0], "the second text, used least recently, was dropped");
  }
}
