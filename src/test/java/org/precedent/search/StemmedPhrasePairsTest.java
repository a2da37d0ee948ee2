package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.ProvisionIndex;
import org.precedent.testing.FixtureIndex;

/**
 * A stemmed phrase read through the pairs of its words ({@link Fields#TEXT_PAIRS}) finds exactly
 * the provisions whose stemmed words hold the phrase's words in order with the same gaps, over the
 * shipped corpus. That definition is checked here on each provision's own analysed text, among the
 * provisions the positional phrase of single words finds (which also lets any word stand in a gap).
 */
class StemmedPhrasePairsTest {
  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  /** A stemmed word and its position. */
  record Word(String term, int position) {}

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(SearchGoldenTest.CORPUS.resolve("manifest")));
    kb = FixtureIndex.open(SearchGoldenTest.CORPUS, indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "trafficking in persons",
        "position of vulnerability",
        "protection of and assistance to victims",
        "prevent and combat trafficking in persons",
        "states parties shall",
        "victims of trafficking",
        "women and children",
      })
  void pairsFindWhatTheDefinitionFinds(String phrase) throws IOException {
    Set<Integer> found = byPairs(phrase);
    assertEquals(byDefinition(phrase), found, phrase);
    assertTrue(!found.isEmpty(), "the corpus holds \"" + phrase + "\"");
  }

  /** Three hundred phrases of two to six words, cut at random from English provisions. */
  @Test
  void pairsFindWhatTheDefinitionFindsForPhrasesCutFromTheCorpus() throws IOException {
    List<Provision> english =
        Corpus.load(SearchGoldenTest.CORPUS).allProvisions().stream()
            .filter(p -> p.language().equals("en"))
            .toList();
    Random random = new Random(20261205L);
    int gapped = 0;
    int checked = 0;
    while (checked < 300) {
      String[] words = english.get(random.nextInt(english.size())).text().split("\\s+");
      int length = 2 + random.nextInt(5);
      if (words.length <= length) {
        continue;
      }
      int from = random.nextInt(words.length - length);
      String phrase = String.join(" ", List.of(words).subList(from, from + length));
      List<Word> query = analysed(Analysis.english(), phrase);
      if (query.size() < 2) {
        continue;
      }
      Set<Integer> found = byPairs(phrase);
      assertEquals(byDefinition(phrase), found, phrase);
      assertTrue(!found.isEmpty(), "the phrase was cut from a provision: " + phrase);
      gapped +=
          query.get(query.size() - 1).position() - query.get(0).position() >= query.size() ? 1 : 0;
      checked++;
    }
    assertTrue(gapped > 100, gapped + " of 300 phrases have a dropped stopword inside");
  }

  private static Set<Integer> byPairs(String phrase) {
    return docs(
        new QueryBuilder(Analysis.stemmedPairs()).createPhraseQuery(Fields.TEXT_PAIRS, phrase));
  }

  /**
   * The provisions found by the positional phrase whose own stemmed words hold the phrase's words
   * consecutively, each gap as wide as the phrase's.
   */
  private static Set<Integer> byDefinition(String phrase) throws IOException {
    List<Word> query = analysed(Analysis.english(), phrase);
    Set<Integer> positional =
        docs(new QueryBuilder(Analysis.english()).createPhraseQuery(Fields.TEXT, phrase));
    return kb.index()
        .withSearcher(
            searcher -> {
              StoredFields fields = searcher.storedFields();
              Set<Integer> out = new TreeSet<>();
              for (int doc : positional) {
                Provision p = ProvisionIndex.record(searcher, fields, doc);
                if (holds(analysed(Analysis.stemmedFor(p.language()), p.text()), query)) {
                  out.add(doc);
                }
              }
              return out;
            });
  }

  private static boolean holds(List<Word> text, List<Word> phrase) {
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      boolean all = true;
      for (int i = 0; i < phrase.size() && all; i++) {
        Word t = text.get(start + i);
        all =
            t.term().equals(phrase.get(i).term())
                && t.position() - text.get(start).position()
                    == phrase.get(i).position() - phrase.get(0).position();
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<Word> analysed(Analyzer analyzer, String text) throws IOException {
    List<Word> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Word(term.toString(), position));
      }
      ts.end();
    }
    return out;
  }

  private static Set<Integer> docs(Query query) {
    return kb.index()
        .withSearcher(
            searcher -> {
              Set<Integer> out = new TreeSet<>();
              int n = Math.max(1, searcher.getIndexReader().maxDoc());
              for (ScoreDoc d : searcher.search(query, n).scoreDocs) {
                out.add(d.doc);
              }
              return out;
            });
  }
}
