package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
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
import org.precedent.index.Indexer;
import org.precedent.testing.AnalyzedTerms;
import org.precedent.testing.FilteredLeaves;
import org.precedent.testing.FixtureIndex;

/**
 * One query split into agreed sources and the rest must return, for each group, exactly what a
 * search filtered to that group and sorted by score, authority and doc id returns: same docs, same
 * order. Over the shipped corpus, where drafts repeat provisions word for word and scores tie
 * often; scored by rarity alone, as the check's shingle clauses are, every provision holding the
 * same words ties.
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

  /**
   * Every case twice: over the index as built, whose leaf is sorted by authority (each group scored
   * over its own range of doc ids), and over the same index read as if it were not (both groups in
   * one pass).
   */
  @ParameterizedTest(name = "{0} top {1}/{2}, rarity only: {3}, leaves sorted: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking                               | 12 | 8  | false | true",
        "victims protection assistance             | 12 | 2  | false | true",
        "position vulnerability abuse              | 12 | 8  | false | true",
        "shall                                     | 1  | 1  | false | true",
        "non-punishment detention prosecution      | 5  | 0  | false | true",
        "root causes poverty demand                | 0  | 3  | false | true",
        "cooperation extradition mutual legal      | 40 | 40 | false | true",
        "trafficking                               | 12 | 8  | true  | true",
        "victims protection assistance             | 24 | 8  | true  | true",
        "shall                                     | 3  | 1  | true  | true",
        "non-punishment detention prosecution      | 5  | 0  | true  | true",
        "cooperation extradition mutual legal      | 40 | 40 | true  | true",
        "trafficking                               | 12 | 8  | false | false",
        "root causes poverty demand                | 0  | 3  | false | false",
        "non-punishment detention prosecution      | 5  | 0  | true  | false",
        "cooperation extradition mutual legal      | 40 | 40 | true  | false",
      })
  void eachGroupGetsWhatItsOwnSortedSearchGets(
      String words, int agreedTop, int otherTop, boolean rarityOnly, boolean sortedLeaves) {
    kb.index()
        .withSearcher(
            searcher -> {
              Query query = wordsQuery(words, rarityOnly);
              SplitTopHits split = new SplitTopHits(agreedTop, otherTop);
              split.search(
                  sortedLeaves ? searcher : unsorted(searcher),
                  filtered(query, statuses(Status.values())));
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

  /**
   * The case the authority order is for: one word scored by its rarity alone, so every provision
   * holding it ties. The agreed list then holds treaty provisions first, as many as match up to its
   * size, whatever their doc ids.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"trafficking", "shall", "protection"})
  void tiesAreBrokenByAuthority(String words) {
    kb.index()
        .withSearcher(
            searcher -> {
              Query query = wordsQuery(words, true);
              SplitTopHits split = new SplitTopHits(5, 5);
              split.search(searcher, query);
              List<Integer> agreed = split.hits().agreed();
              assertEquals(5, agreed.size(), "enough agreed provisions share the words");
              List<Integer> reference = topDocs(searcher, query, 5, agreedStatuses());
              assertEquals(reference, agreed);
              long treaties = agreed.stream().filter(d -> rank(searcher, d) == 0).count();
              assertEquals(Math.min(5, matches(searcher, query, Status.TREATY)), treaties);
              return null;
            });
  }

  /**
   * A later leaf may hold provisions of higher authority than the entries an earlier leaf left in a
   * list: there a doc that only ties with the list's last entry must still be scored. Two leaves,
   * each sorted by authority, every doc scoring the same: adopted texts in the first, then two
   * treaty articles and one more adopted text in the second. The treaties come first, then the
   * adopted texts in doc order.
   */
  @ParameterizedTest(name = "top {0}")
  @CsvSource({"3, '3,4,0'", "4, '3,4,0,1'", "2, '3,4'", "1, '3'"})
  void aLaterLeafOfHigherAuthorityStillEntersOnATie(int top, String expected, @TempDir Path dir)
      throws IOException {
    Status[][] leaves = {
      {Status.ADOPTED, Status.ADOPTED, Status.ADOPTED},
      {Status.TREATY, Status.TREATY, Status.ADOPTED}
    };
    var config = new IndexWriterConfig().setIndexSort(Indexer.AUTHORITY_ORDER);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, config)) {
      long sequence = 0;
      for (Status[] leaf : leaves) {
        for (Status status : leaf) {
          Document doc = new Document();
          doc.add(new StringField(Fields.TEXT, "shared", Field.Store.NO));
          doc.add(new NumericDocValuesField(Fields.AUTHORITY, status.authorityRank()));
          doc.add(new NumericDocValuesField(Fields.WORDS, 1));
          doc.add(new NumericDocValuesField(Fields.SEQUENCE, sequence++));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      try (var reader = DirectoryReader.open(writer)) {
        assertEquals(2, reader.leaves().size(), "two leaves");
        SplitTopHits split = new SplitTopHits(top, 0);
        Query shared = new ConstantScoreQuery(new TermQuery(new Term(Fields.TEXT, "shared")));
        split.search(new IndexSearcher(reader), shared);
        List<Integer> want = Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();
        assertEquals(want, split.hits().agreed());
      }
    }
  }

  /** The same index, its leaves read as if no sort had been applied to them. */
  private static IndexSearcher unsorted(IndexSearcher searcher) throws IOException {
    IndexSearcher out =
        FilteredLeaves.searcher(
            searcher,
            leaf ->
                new FilteredLeaves.Uncached(leaf) {
                  @Override
                  public LeafMetaData getMetaData() {
                    LeafMetaData m = in.getMetaData();
                    return new LeafMetaData(
                        m.getCreatedVersionMajor(), m.getMinVersion(), null, m.hasBlocks());
                  }
                });
    assertEquals(null, out.getIndexReader().leaves().get(0).reader().getMetaData().getSort());
    return out;
  }

  private static int rank(IndexSearcher searcher, int doc) {
    var leaves = searcher.getIndexReader().leaves();
    var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    try {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), Fields.AUTHORITY);
      return values.advanceExact(doc - leaf.docBase) ? (int) values.longValue() : -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int matches(IndexSearcher searcher, Query query, Status status)
      throws IOException {
    return searcher.count(filtered(query, statuses(new Status[] {status})));
  }

  private static List<Integer> topDocs(IndexSearcher searcher, Query query, int top, Status[] in)
      throws IOException {
    if (top == 0) {
      return List.of();
    }
    // Every hit counted, so no skipping: the plain definition of the top of the group.
    SortField authority = new SortField(Fields.AUTHORITY, SortField.Type.LONG);
    authority.setMissingValue(Long.MAX_VALUE);
    Sort order = new Sort(SortField.FIELD_SCORE, authority, SortField.FIELD_DOC);
    var all = new TopFieldCollectorManager(order, top, null, Integer.MAX_VALUE, false);
    return Arrays.stream(searcher.search(filtered(query, statuses(in)), all).scoreDocs)
        .map((ScoreDoc h) -> h.doc)
        .toList();
  }

  /**
   * The words as the index analysed them, one optional clause each (as a candidate query); with
   * {@code rarityOnly}, each clause scores its idf alone, as the check's shingle clauses do.
   */
  private static Query wordsQuery(String words, boolean rarityOnly) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String word : AnalyzedTerms.of(Analysis.english(), Fields.TEXT, words)) {
      Query clause = new TermQuery(new Term(Fields.TEXT, word));
      b.add(
          rarityOnly ? new BoostQuery(new ConstantScoreQuery(clause), 1.5f) : clause, Occur.SHOULD);
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
