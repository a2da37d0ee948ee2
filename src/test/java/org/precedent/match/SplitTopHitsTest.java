package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Status;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.testing.FixtureIndex;

/**
 * One query split into agreed sources and the rest must return, for each group, exactly what a
 * top-hits search filtered to that group returns: same docs, same order, ties to the lower doc id.
 * Over the shipped corpus, where drafts repeat provisions word for word and scores tie often.
 */
class SplitTopHitsTest {
  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("corpus", "manifest")));
    kb = FixtureIndex.open(Path.of("corpus"), indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  @ParameterizedTest(name = "{0} top {1}/{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking                               | 12 | 8",
        "victims protection assistance             | 12 | 2",
        "position vulnerability abuse              | 12 | 8",
        "shall                                     | 1  | 1",
        "non-punishment detention prosecution      | 5  | 0",
        "root causes poverty demand                | 0  | 3",
        "cooperation extradition mutual legal      | 40 | 40",
      })
  void eachGroupGetsWhatItsOwnFilteredSearchGets(String words, int agreedTop, int otherTop) {
    kb.index()
        .withSearcher(
            searcher -> {
              Query query = wordsQuery(words);
              SplitTopHits split = new SplitTopHits(agreedTop, otherTop);
              searcher.search(filtered(query, statuses(Status.values())), split);
              SplitTopHits.Hits hits = split.hits();
              assertEquals(
                  topDocs(searcher, query, agreedTop, agreedStatuses()), hits.agreed(), "agreed");
              assertEquals(
                  topDocs(searcher, query, otherTop, otherStatuses()), hits.other(), "other");
              assertFalse(
                  hits.agreed().isEmpty() && hits.other().isEmpty(),
                  "the query matches nothing: the case tests nothing");
              return null;
            });
  }

  private static List<Integer> topDocs(IndexSearcher searcher, Query query, int top, Status[] in)
      throws IOException {
    if (top == 0) {
      return List.of();
    }
    // Every hit counted, so no skipping: the plain definition of the top of the group.
    var all = new TopScoreDocCollectorManager(top, null, Integer.MAX_VALUE);
    return Arrays.stream(searcher.search(filtered(query, statuses(in)), all).scoreDocs)
        .map((ScoreDoc h) -> h.doc)
        .toList();
  }

  /** The words as the index analysed them, one optional clause each (as a candidate query). */
  private static Query wordsQuery(String words) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    try (TokenStream stream = Analysis.english().tokenStream(Fields.TEXT, words)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        b.add(new TermQuery(new Term(Fields.TEXT, term.toString())), Occur.SHOULD);
      }
      stream.end();
    }
    return b.build();
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static Query statuses(Status[] in) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Status s : in) {
      b.add(new TermQuery(new Term(Fields.STATUS, s.label())), Occur.SHOULD);
    }
    return b.build();
  }

  private static Status[] agreedStatuses() {
    return Stream.of(Status.values()).filter(Status::isAgreedSource).toArray(Status[]::new);
  }

  private static Status[] otherStatuses() {
    return Stream.of(Status.values()).filter(s -> !s.isAgreedSource()).toArray(Status[]::new);
  }
}
