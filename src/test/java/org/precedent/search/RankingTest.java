package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Status;
import org.precedent.testing.FilteredLeaves;
import org.precedent.testing.FixtureIndex;
import org.precedent.testing.ParagraphIndex;

/**
 * The one-pass ranking ({@link Ranking} over {@link ReaderColumns}) against the plain definition
 * over the shipped corpus: read every match into a {@link Candidate}, {@link
 * ProvisionSearcher#collapse}, sort everything with {@link ProvisionSearcher#order}, cut the page,
 * count facets over what is kept. Totals, facet counts and every hit of every page must agree,
 * including pages that cut through provisions of identical text (equal scores, ordered by id).
 */
class RankingTest {
  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  /**
   * The fixture index copied into three leaves of unequal doc ranges: each leaf numbers its own
   * facet values, and a provision's ancestors can sit in another leaf.
   */
  static DirectoryReader split;

  @BeforeAll
  static void open() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SearchGoldenTest.CORPUS.resolve("manifest")));
    kb = FixtureIndex.open(SearchGoldenTest.CORPUS, indexRoot);
    split = kb.index().withSearcher(s -> splitIntoThree(s.getIndexReader()));
  }

  @AfterAll
  static void close() throws IOException {
    if (split != null) {
      split.close();
    }
    if (kb != null) {
      kb.close();
    }
  }

  private static DirectoryReader splitIntoThree(org.apache.lucene.index.IndexReader whole)
      throws IOException {
    assertEquals(1, whole.leaves().size(), "the fixture is one leaf, split here");
    LeafReader leaf = whole.leaves().get(0).reader();
    int max = leaf.maxDoc();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      int[] bounds = {0, max / 5, max * 3 / 5, max};
      for (int part = 0; part < 3; part++) {
        writer.addIndexes(only(leaf, bounds[part], bounds[part + 1]));
      }
      writer.commit();
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    assertEquals(3, reader.leaves().size(), "leaves of the split copy");
    return reader;
  }

  /** {@code leaf} with only the docs in [from, to) live: a copy keeps just those. */
  private static CodecReader only(LeafReader leaf, int from, int to) throws IOException {
    FixedBitSet live = new FixedBitSet(leaf.maxDoc());
    live.set(from, to);
    return SlowCodecReaderWrapper.wrap(
        new FilteredLeaves.Uncached(leaf) {
          @Override
          public Bits getLiveDocs() {
            return live;
          }

          @Override
          public int numDocs() {
            return to - from;
          }
        });
  }

  @ParameterizedTest(name = "{0} sort={1} offset={2} limit={3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking                      | relevance | 0   | 20",
        "trafficking                      | date      | 37  | 13",
        "trafficking                      | authority | 95  | 100",
        "\"position of vulnerability\"      | relevance | 0   | 100",
        "\"position of vulnerability\"      | authority | 3   | 4",
        "victims NEAR/5 protection        | relevance | 5   | 7",
        "shall                            | relevance | 200 | 50",
        "shall                            | date      | 0   | 100",
        "prevent*                         | relevance | 17  | 9",
        "\"trafficking in persons\"         | relevance | 301 | 25",
        "\"trafficking in persons\"         | relevance | 0   | 5",
        "\"trafficking in persons\" AND victims | date  | 0   | 10",
        "\"protection of victims\" OR \"position of vulnerability\" | relevance | 0 | 15",
        "\"trafficking in persons\" NOT \"women and children\" | relevance | 2 | 10",
        "\"the protocol\"                   | authority | 0   | 20",
        "\"of the\"                         | relevance | 0   | 10",
        "\"trafficking of persons\"         | relevance | 0   | 20",
        "\"as appropriate\"                 | relevance | 5   | 30",
        "\"trafficking in persons\" AND \"as appropriate\" | relevance | 0 | 10",
        "position of vulnerability        | relevance | 0   | 10",
        "non-punishment                   | relevance | 0   | 5",
        "non-punishment                   | relevance | 7   | 6",
        "safe return                      | relevance | 0   | 4",
        "\"safe return\" AND victims       | relevance | 0   | 3",
        "trafficking in persons           | relevance | 3   | 20",
        "prevent and combat trafficking   | authority | 0   | 10",
      })
  void pagesTotalsAndFacetsMatchTheDefinition(String q, String sort, int offset, int limit) {
    SearchRequest request = SearchRequest.of(q).page(SortOrder.of(sort), limit, offset);
    SearchResult fast = new ProvisionSearcher(kb.index(), kb.manifest()).search(request);
    Reference reference = reference(request);

    assertEquals(reference.total(), fast.total(), "total");
    assertEquals(reference.page(), fast.hits().stream().map(Hit::id).toList(), "page");
    // Bonuses are added in another order than the inline clauses (even a lone phrase's, which
    // sits beside its heading): the same up to rounding.
    for (int i = 0; i < reference.scores().size(); i++) {
      float expected = reference.scores().get(i);
      float tolerance = expected * 1e-5f;
      assertEquals(expected, fast.hits().get(i).score(), tolerance, "score of hit " + i);
    }
    Map<String, Map<String, Integer>> facets = new HashMap<>();
    fast.facets().forEach((name, counts) -> facets.put(name, new HashMap<>(counts)));
    assertEquals(reference.facets(), facets, "facet counts");
    assertTrue(fast.total() > 0, "the query matches something");
  }

  /**
   * Which exact-wording bonuses are scored inside the query ({@link ExactBonus#split}): those whose
   * wording is at least {@link ExactBonus#INLINE_RARITY} times rarer than the query's matches. A
   * variant wording ("trafficking of persons") or one word and small words ("persons with an") has
   * a rare bonus; the usual wording of a common phrase does not. A phrase opening on small words
   * ("as appropriate") has none: they are required as written with the word after them, here the
   * whole phrase. The test above pages through all of them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // query | wordings scored inside, ';'-separated | wordings scored apart
        "\"persons with an\" | persons_with with_an | ",
        "\"trafficking of persons\" | trafficking_of of_persons | ",
        "\"as appropriate\" | | ",
        "\"trafficking in persons\" | | trafficking_in in_persons",
        "\"victims of trafficking\" | | victims_of of_trafficking",
        "\"position of vulnerability\" | | position_of of_vulnerability",
        "\"trafficking in persons\" AND \"as appropriate\" | | trafficking_in in_persons",
      })
  void rareWordingIsScoredInsideTheQuery(String q, String inside, String apart) {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse(q));
    ExactBonus.Split split =
        kb.index().withSearcher(s -> ExactBonus.split(s, ranked.matching(), ranked.bonuses()));
    assertEquals(wordings(inside), exact(split.inline()), "inside");
    assertEquals(wordings(apart), exact(split.apart()), "apart");
  }

  private static List<String> wordings(String list) {
    return list == null ? List.of() : Arrays.stream(list.split(";")).map(String::trim).toList();
  }

  /** The exact wording each bonus looks for, as its query prints it. */
  private static List<String> exact(List<Query> bonuses) {
    return bonuses.stream()
        .map(b -> b.toString().replaceAll(".*text_exact:\"?([^\"]*)\"?$", "$1"))
        .toList();
  }

  /**
   * Over the three-leaf copy: the page with every boundary tie, the total and the facets agree with
   * the definition. The ranking is read directly, as the searcher reads it.
   */
  @ParameterizedTest(name = "{0} sort={1} offset={2} limit={3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking                      | relevance | 0   | 20",
        "shall                            | relevance | 200 | 50",
        "shall                            | date      | 0   | 100",
        "\"trafficking in persons\"         | authority | 301 | 25",
        "victims NEAR/5 protection        | relevance | 5   | 7",
      })
  void pagesAcrossLeavesMatchTheDefinition(String q, String sort, int offset, int limit)
      throws IOException {
    SearchRequest request = SearchRequest.of(q).page(SortOrder.of(sort), limit, offset);
    IndexSearcher searcher = new IndexSearcher(split);
    Reference reference = reference(searcher, request);
    Ranking.Result ranked = rank(searcher, q, request.sort(), offset + limit, Integer.MAX_VALUE);
    List<Candidate> best = Candidate.all(searcher, ranked.best());
    best.sort(ProvisionSearcher.order(request.sort()));
    List<String> page =
        best.subList(Math.min(offset, best.size()), Math.min(best.size(), offset + limit)).stream()
            .map(Candidate::id)
            .toList();

    assertEquals(reference.total(), ranked.total(), "total");
    assertEquals(reference.page(), page, "page");
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      assertEquals(
          reference.facets().get(Candidate.FACETS.get(f)),
          new HashMap<>(ranked.facetCounts().get(f)),
          Candidate.FACETS.get(f));
    }
  }

  /**
   * A facet cut to its few most frequent values lists them most frequent first, then by value, with
   * the counts of the full definition.
   */
  @ParameterizedTest(name = "{0} max={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking | 3",
        "shall | 1",
        "\"position of vulnerability\" | 5",
        "prevent* | 40"
      })
  void facetsListTheMostFrequentValuesFirst(String q, int max) throws IOException {
    IndexSearcher searcher = new IndexSearcher(split);
    Reference reference = reference(searcher, SearchRequest.of(q));
    List<Map<String, Integer>> listed =
        rank(searcher, q, SortOrder.RELEVANCE, 20, max).facetCounts();
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      List<Map.Entry<String, Integer>> expected =
          reference.facets().get(Candidate.FACETS.get(f)).entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(max)
              .toList();
      assertEquals(
          expected, List.copyOf(listed.get(f).entrySet()), Candidate.FACETS.get(f) + " facet");
    }
  }

  /**
   * Counting stops after a few matches, well below each query's total, on the whole index and on
   * its three-leaf copy: the page is still the definition's, hit for hit; the total is the number
   * counted, and every facet count is a lower bound.
   */
  @ParameterizedTest(name = "{0} sort={1} offset={2} limit={3} counting {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trafficking                      | relevance | 0   | 20 | 50",
        "trafficking                      | relevance | 40  | 10 | 50",
        "shall                            | relevance | 200 | 50 | 100",
        "\"trafficking in persons\"         | relevance | 0   | 5  | 30",
        "\"trafficking in persons\"         | relevance | 0   | 25 | 1",
        "\"protection of victims\" OR \"position of vulnerability\" | relevance | 0 | 15 | 20",
        "victims NEAR/5 protection        | relevance | 5   | 7  | 10",
        "\"trafficking in persons\" NOT \"women and children\" | relevance | 2 | 10 | 25",
        "trafficking                      | authority | 0   | 20 | 50",
        "trafficking                      | authority | 40  | 10 | 50",
        "shall                            | authority | 200 | 50 | 100",
        "\"trafficking in persons\"         | authority | 0   | 25 | 1",
        "victims NEAR/5 protection        | authority | 5   | 7  | 10",
        "trafficking                      | date      | 0   | 20 | 50",
        "shall                            | date      | 200 | 50 | 100",
        "\"trafficking in persons\"         | date      | 0   | 25 | 1",
        "victims NEAR/5 protection        | date      | 5   | 7  | 10",
      })
  void pagesStayExactWhenCountingStopsEarly(
      String q, String sort, int offset, int limit, int countUpTo) throws IOException {
    SearchRequest request = SearchRequest.of(q).page(SortOrder.of(sort), limit, offset);
    kb.index()
        .withSearcher(
            searcher -> {
              staysExact(searcher, request, countUpTo);
              return null;
            });
    staysExact(new IndexSearcher(split), request, countUpTo);
  }

  private static void staysExact(IndexSearcher searcher, SearchRequest request, int countUpTo)
      throws IOException {
    int offset = request.offset();
    int limit = request.limit();
    Reference reference = reference(searcher, request);
    Ranking.Result ranked =
        rank(searcher, request.q(), request.sort(), offset + limit, 200, countUpTo);
    List<Candidate> best = Candidate.all(searcher, ranked.best());
    best.sort(ProvisionSearcher.order(request.sort()));
    List<Candidate> page =
        best.subList(Math.min(offset, best.size()), Math.min(best.size(), offset + limit));

    assertEquals(reference.page(), page.stream().map(Candidate::id).toList(), "page");
    for (int i = 0; i < page.size(); i++) {
      assertEquals(
          reference.scores().get(i),
          (float) ProvisionSearcher.weighted(page.get(i)),
          reference.scores().get(i) * 1e-5f);
    }
    assertFalse(ranked.exact(), "counting stopped: " + ranked.total());
    assertEquals(countUpTo, ranked.total(), "the total is what was counted");
    assertTrue(countUpTo < reference.total(), "below the query's total");
    int statuses = 0;
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      Map<String, Integer> all = reference.facets().get(Candidate.FACETS.get(f));
      for (Map.Entry<String, Integer> e : ranked.facetCounts().get(f).entrySet()) {
        assertTrue(
            e.getValue() <= all.getOrDefault(e.getKey(), 0),
            Candidate.FACETS.get(f) + " " + e + " against " + all.get(e.getKey()));
        statuses += Candidate.FACETS.get(f).equals("status") ? e.getValue() : 0;
      }
    }
    assertEquals(ranked.total(), statuses, "each provision counted has one status");
  }

  /**
   * Once counting stops, the scorer skips what cannot reach the page. Over a corpus shaped for it
   * (ten short paragraphs naming refugees and migrants twice, then two thousand longer ones that do
   * too and score less) the ranking sees the counted matches and about a block more, not every
   * match, and its page is the one counting every match gives. A phrase skips as a word does: its
   * exact-wording bonus is bounded by a share of each match's own score. Bounded by the largest
   * bonus of any match, as it was, the floor let all 2,010 through.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"refugees", "\"refugees and migrants\""})
  void skipsMatchesThatCannotReachThePage(String q, @TempDir Path root) throws IOException {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.add("Refugees and migrants, refugees and migrants " + i + ".");
    }
    for (int i = 0; i < 2_000; i++) {
      texts.add(
          "Paragraph "
              + i
              + " on refugees and migrants: the committee recalls its resolutions on refugees and"
              + " migrants.");
    }
    Path built = ParagraphIndex.build(root, "test-skipping", texts);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(built))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryCompiler.Ranked ranked =
          new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse(q));
      Ranking counting =
          new Ranking(searcher, SortOrder.RELEVANCE, 10, 200, bonus(searcher, ranked), 20);
      int[] seen = new int[1];
      searcher.search(ProvisionSearcher.listed(ranked.matching()), counted(counting, seen));
      Ranking.Result bounded = counting.result();
      Ranking full = new Ranking(searcher, SortOrder.RELEVANCE, 10, 200, bonus(searcher, ranked));
      searcher.search(ProvisionSearcher.listed(ranked.matching()), full);

      assertTrue(seen[0] < 500, seen[0] + " of " + texts.size() + " matches ranked");
      assertEquals(20, bounded.total());
      assertEquals(texts.size(), full.result().total());
      assertEquals(docs(full.result()), docs(bounded));
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), docs(bounded));
    }
  }

  /**
   * A segment in authority order lets ranking skip more: once the treaties are passed, every match
   * left weighs as a statement. Two thousand statement paragraphs, added first, score as much as
   * the ten paragraphs of a treaty, which the index holds first; weighted, each ranks after every
   * treaty paragraph. Under the treaty's weight the floor would let every statement through. In
   * authority order the leaf is left at the first statement once counting stops; counting every
   * match, as that order did, read all 2,010.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = SortOrder.class,
      names = {"RELEVANCE", "AUTHORITY"})
  void skipsLesserAuthorityOnceTheTreatiesArePassed(SortOrder sort, @TempDir Path root)
      throws IOException {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      statements.add("Refugees and refugees " + i + ".");
    }
    List<String> treaty = statements.subList(0, 10);
    Path built =
        ParagraphIndex.build(
            root,
            List.of(
                new ParagraphIndex.Part("test-statement", Status.STATEMENT, statements),
                new ParagraphIndex.Part("test-treaty", Status.TREATY, treaty)));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(built))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query =
          new QueryCompiler(SearchMode.STEMMED, true)
              .ranked(QueryParser.parse("refugees"))
              .matching();
      Ranking counting = new Ranking(searcher, sort, 10, 200, ExactBonus.NONE, 20);
      int[] seen = new int[1];
      searcher.search(query, counted(counting, seen));
      Ranking.Result bounded = counting.result();
      List<String> page =
          Candidate.all(searcher, bounded.best()).stream().map(Candidate::id).toList();
      Ranking full = new Ranking(searcher, sort, 10, 200, ExactBonus.NONE);
      searcher.search(query, full);

      assertTrue(seen[0] < 500, seen[0] + " of 2010 matches ranked");
      assertEquals(20, bounded.total(), "the matches counted");
      assertFalse(bounded.exact());
      assertEquals(10, page.size(), "no statement ties with the last treaty paragraph");
      assertTrue(page.stream().allMatch(id -> id.startsWith("test-treaty/")), page.toString());
      assertEquals(docs(full.result()), docs(bounded), "the page counting every match gives");
    }
  }

  private static ExactBonus bonus(IndexSearcher searcher, QueryCompiler.Ranked ranked)
      throws IOException {
    return ExactBonus.of(searcher, ranked.all(), QueryCompiler.EXACT_SHARE);
  }

  private static List<Integer> docs(Ranking.Result result) {
    return Arrays.stream(result.best().scoreDocs).map(d -> d.doc).sorted().toList();
  }

  /** {@code ranking}, counting in {@code seen} the matches that reach it. */
  private static Collector counted(Ranking ranking, int[] seen) {
    return new FilterCollector(ranking) {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        return new FilterLeafCollector(super.getLeafCollector(context)) {
          @Override
          public void collect(int doc) throws IOException {
            seen[0]++;
            super.collect(doc);
          }
        };
      }
    };
  }

  private static Ranking.Result rank(
      IndexSearcher searcher, String q, SortOrder sort, int n, int maxFacetValues)
      throws IOException {
    return rank(searcher, q, sort, n, maxFacetValues, Integer.MAX_VALUE);
  }

  private static Ranking.Result rank(
      IndexSearcher searcher, String q, SortOrder sort, int n, int maxFacetValues, int countUpTo)
      throws IOException {
    QueryCompiler.Ranked ranked =
        new QueryCompiler(SearchMode.STEMMED, true).ranked(QueryParser.parse(q));
    Ranking ranking =
        new Ranking(searcher, sort, n, maxFacetValues, bonus(searcher, ranked), countUpTo);
    searcher.search(ProvisionSearcher.listed(ranked.matching()), ranking);
    return ranking.result();
  }

  record Reference(
      int total, List<String> page, List<Float> scores, Map<String, Map<String, Integer>> facets) {}

  private static Reference reference(SearchRequest request) {
    return kb.index().withSearcher(searcher -> reference(searcher, request));
  }

  private static Reference reference(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    Query matching =
        new QueryCompiler(request.mode(), true, Languages.of(searcher.getIndexReader()))
            .compile(QueryParser.parse(request.q()));
    Query query = ProvisionSearcher.listed(matching);
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(max, max));
    List<Candidate> kept = ProvisionSearcher.collapse(Candidate.all(searcher, all));
    kept.sort(ProvisionSearcher.order(request.sort()));
    List<String> page = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    for (int i = request.offset();
        i < Math.min(kept.size(), request.offset() + request.limit());
        i++) {
      page.add(kept.get(i).id());
      scores.add((float) ProvisionSearcher.weighted(kept.get(i)));
    }
    Map<String, Map<String, Integer>> facets = new HashMap<>();
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      Map<String, Integer> counts = new HashMap<>();
      for (Candidate c : kept) {
        if (c.facet(f) != null) {
          counts.merge(c.facet(f), 1, Integer::sum);
        }
      }
      facets.put(Candidate.FACETS.get(f), counts);
    }
    assertEquals(all.totalHits.value, all.scoreDocs.length, "every match was read");
    return new Reference(kept.size(), page, scores, facets);
  }
}
