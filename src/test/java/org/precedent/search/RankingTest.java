package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.testing.FixtureIndex;

/**
 * The one-pass ranking ({@link MatchSet}, {@link Ranking}) against the plain definition over the
 * shipped corpus: read every match into a {@link Candidate}, {@link ProvisionSearcher#collapse},
 * sort everything with {@link ProvisionSearcher#order}, cut the page, count facets over what is
 * kept. Totals, facet counts and every hit of every page must agree, including pages that cut
 * through provisions of identical text (equal scores, ordered by id).
 */
class RankingTest {
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
      })
  void pagesTotalsAndFacetsMatchTheDefinition(String q, String sort, int offset, int limit) {
    SearchRequest request =
        new SearchRequest(
            q, null, null, null, null, null, null, null, null, SortOrder.of(sort), limit, offset);
    SearchResult fast = new ProvisionSearcher(kb.index(), kb.manifest()).search(request);
    Reference reference = reference(request);

    assertEquals(reference.total(), fast.total(), "total");
    assertEquals(reference.page(), fast.hits().stream().map(Hit::id).toList(), "page");
    Map<String, Map<String, Integer>> facets = new HashMap<>();
    fast.facets().forEach((name, counts) -> facets.put(name, new HashMap<>(counts)));
    assertEquals(reference.facets(), facets, "facet counts");
    assertTrue(fast.total() > 0, "the query matches something");
  }

  record Reference(int total, List<String> page, Map<String, Map<String, Integer>> facets) {}

  private static Reference reference(SearchRequest request) {
    Query query = new QueryCompiler(request.mode(), true).compile(QueryParser.parse(request.q()));
    return kb.index()
        .withSearcher(
            searcher -> {
              int max = Math.max(1, searcher.getIndexReader().maxDoc());
              TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(max, max));
              List<Candidate> kept = ProvisionSearcher.collapse(Candidate.all(searcher, all));
              kept.sort(ProvisionSearcher.order(request.sort()));
              List<String> page = new ArrayList<>();
              for (int i = request.offset();
                  i < Math.min(kept.size(), request.offset() + request.limit());
                  i++) {
                page.add(kept.get(i).id());
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
              return new Reference(kept.size(), page, facets);
            });
  }
}
