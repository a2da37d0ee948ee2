package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
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
import org.precedent.testing.FixtureIndex;

/**
 * A phrase read through the word pairs of the exact field ({@link Analysis#exactPhrase}) finds
 * exactly the provisions the same phrase finds word by word, over the shipped corpus: for phrases
 * cut from its own provisions at random, and for the shapes pairs could get wrong (a common word
 * first, last, alone, twice in a row, across punctuation).
 */
class ExactPhrasePairsTest {
  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

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
        "the protocol",
        "of the",
        "in the light of the",
        "as appropriate",
        "position of vulnerability",
        "shall, in appropriate cases",
        "to prevent and combat",
        "shall, as appropriate, include",
        "to the rights of the",
        "it is",
        "women and children",
        "states parties shall",
      })
  void pairsFindWhatTheWordsFind(String phrase) {
    Set<Integer> words = docs(Analysis.exact(), phrase);
    assertEquals(words, docs(Analysis.exactPhrase(), phrase), phrase);
    assertTrue(!words.isEmpty(), "the corpus holds \"" + phrase + "\"");
  }

  /** Three hundred phrases of two to six words, cut at random from the corpus's provisions. */
  @Test
  void pairsFindWhatTheWordsFindForPhrasesCutFromTheCorpus() {
    List<Provision> provisions = Corpus.load(SearchGoldenTest.CORPUS).allProvisions();
    Random random = new Random(20261205L);
    int paired = 0;
    for (int i = 0; i < 300; i++) {
      String[] words = provisions.get(random.nextInt(provisions.size())).text().split("\\s+");
      if (words.length < 7) {
        i--;
        continue;
      }
      int length = 2 + random.nextInt(5);
      int from = random.nextInt(words.length - length);
      String phrase = String.join(" ", List.of(words).subList(from, from + length));
      Set<Integer> byWords = docs(Analysis.exact(), phrase);
      assertEquals(byWords, docs(Analysis.exactPhrase(), phrase), phrase);
      assertTrue(!byWords.isEmpty(), "the phrase was cut from a provision: " + phrase);
      paired += pairs(phrase) ? 1 : 0;
    }
    assertTrue(paired > 150, paired + " of 300 phrases hold a common word");
  }

  private static boolean pairs(String phrase) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (Analysis.isPaired(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> docs(Analyzer analyzer, String phrase) {
    Query query = new QueryBuilder(analyzer).createPhraseQuery(Fields.TEXT_EXACT, phrase);
    return kb.index()
        .withSearcher(
            searcher -> {
              Set<Integer> out = new TreeSet<>();
              for (ScoreDoc d : all(searcher, query)) {
                out.add(d.doc);
              }
              return out;
            });
  }

  private static ScoreDoc[] all(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
  }
}
