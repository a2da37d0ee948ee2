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
import org.precedent.index.ViewReader;
import org.precedent.testing.AnalyzedTerms;
import org.precedent.testing.AnalyzedTerms.At;
import org.precedent.testing.FixtureIndex;

/**
 * Phrases read through pairs find what they should, over the shipped corpus: for phrases cut from
 * its own provisions at random, and for the shapes pairs could get wrong.
 *
 * <ul>
 *   <li>A phrase read through the word pairs of the exact field ({@link Analysis#exactPhrase})
 *       finds exactly the provisions the same phrase finds word by word (a common word first, last,
 *       alone, twice in a row, across punctuation).
 *   <li>A stemmed phrase read through the pairs of its stemmed words ({@link Fields#TEXT_PAIRS})
 *       finds exactly the provisions whose stemmed words hold the phrase's words in order with the
 *       same gaps. That definition is checked on each provision's own analysed text, among the
 *       provisions the positional phrase of single words finds (which also lets any word stand in a
 *       gap).
 * </ul>
 */
class PhrasePairsTest {
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
    return docs(new QueryBuilder(analyzer).createPhraseQuery(Fields.TEXT_EXACT, phrase));
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
  void stemmedPairsFindWhatTheDefinitionFinds(String phrase) throws IOException {
    Set<Integer> found = stemmedPairs(phrase);
    assertEquals(byDefinition(phrase), found, phrase);
    assertTrue(!found.isEmpty(), "the corpus holds \"" + phrase + "\"");
  }

  /** Three hundred phrases of two to six words, cut at random from English provisions. */
  @Test
  void stemmedPairsFindWhatTheDefinitionFindsForPhrasesCutFromTheCorpus() throws IOException {
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
      List<At> query = AnalyzedTerms.positioned(Analysis.english(), Fields.TEXT, phrase);
      if (query.size() < 2) {
        continue;
      }
      Set<Integer> found = stemmedPairs(phrase);
      assertEquals(byDefinition(phrase), found, phrase);
      assertTrue(!found.isEmpty(), "the phrase was cut from a provision: " + phrase);
      gapped +=
          query.get(query.size() - 1).position() - query.get(0).position() >= query.size() ? 1 : 0;
      checked++;
    }
    assertTrue(gapped > 100, gapped + " of 300 phrases have a dropped stopword inside");
  }

  private static Set<Integer> stemmedPairs(String phrase) {
    return docs(
        new QueryBuilder(Analysis.stemmedPairs()).createPhraseQuery(Fields.TEXT_PAIRS, phrase));
  }

  /**
   * The provisions found by the positional phrase whose own stemmed words hold the phrase's words
   * consecutively, each gap as wide as the phrase's.
   */
  private static Set<Integer> byDefinition(String phrase) throws IOException {
    List<At> query = AnalyzedTerms.positioned(Analysis.english(), Fields.TEXT, phrase);
    Set<Integer> positional =
        docs(new QueryBuilder(Analysis.english()).createPhraseQuery(Fields.TEXT, phrase));
    return kb.index()
        .withSearcher(
            searcher -> {
              StoredFields fields = searcher.storedFields();
              ViewReader views = new ViewReader(searcher);
              Set<Integer> out = new TreeSet<>();
              for (int doc : positional) {
                Provision p = ProvisionIndex.record(fields, views, doc);
                if (holds(
                    AnalyzedTerms.positioned(
                        Analysis.stemmedFor(p.language()), Fields.TEXT, p.text()),
                    query)) {
                  out.add(doc);
                }
              }
              return out;
            });
  }

  private static boolean holds(List<At> text, List<At> phrase) {
    for (int start = 0; start + phrase.size() <= text.size(); start++) {
      boolean all = true;
      for (int i = 0; i < phrase.size() && all; i++) {
        At t = text.get(start + i);
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
