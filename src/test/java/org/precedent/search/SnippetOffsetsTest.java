package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.index.ProvisionDocuments;
import org.precedent.index.ProvisionIndex;
import org.precedent.index.ViewReader;

/**
 * The index keeps no offsets, so snippets turn match positions into offsets by analysing the text
 * again. Over the shipped corpus, each query's marks must be those that offsets written at indexing
 * time would give: the same document, fields and chains put into an in-memory index that keeps
 * offsets, and the same query matched against it.
 */
class SnippetOffsetsTest {
  @TempDir static Path root;
  static Corpus corpus;
  static ProvisionIndex index;

  @BeforeAll
  static void build() {
    Assumptions.assumeTrue(
        Files.isDirectory(SearchGoldenTest.CORPUS.resolve("manifest")), "no corpus/ here");
    corpus = Corpus.load(SearchGoldenTest.CORPUS);
    new Indexer(new IndexStore(root)).build(corpus, n -> {});
    index = ProvisionIndex.open(new IndexStore(root));
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stemmed|\"position of vulnerability\"",
        "stemmed|position of vulnerability",
        "exact|\"position of vulnerability\"",
        "exact|\"abuse of power or of a position of vulnerability\"",
        "exact|\"trafficking in persons\"",
        "exact|\"in the\"",
        "exact|\"of the Protocol\"",
        "exact|shall",
        "stemmed|voluntary NEAR/30 safety",
        "exact|victims NEAR/5 trafficking",
        "stemmed|non-punishment",
        "stemmed|trata de personas",
        "stemmed|\"traite des personnes\"",
        "stemmed|víctimas NEAR/3 trata",
        "stemmed|status:treaty AND victims",
        "stemmed|repatriation OR return NOT child",
        "stemmed|\"trafficking persons shall not be detained\"",
      })
  void marksWhatOffsetsWrittenAtIndexingWouldMark(String mode, String q) {
    int marked =
        index.withSearcher(
            searcher -> {
              Query query =
                  new QueryCompiler(
                          SearchMode.of(mode), false, Languages.of(searcher.getIndexReader()))
                      .compile(QueryParser.parse(q));
              ScoreDoc[] top = searcher.search(query, 25).scoreDocs;
              assertTrue(top.length > 0, q + " matches nothing");
              SnippetWriter snippets = new SnippetWriter(searcher, query);
              int ranges = 0;
              for (ScoreDoc hit : top) {
                Provision p =
                    ProvisionIndex.record(
                        searcher.storedFields(), new ViewReader(searcher), hit.doc);
                List<int[]> actual = snippets.ranges(hit.doc, p.text());
                assertEquals(
                    shown(p.text(), storedOffsets(query, p)),
                    shown(p.text(), actual),
                    q + " in " + p.id());
                ranges += actual.size();
              }
              return ranges;
            });
    assertTrue(marked > 0, q + " marks nothing");
  }

  /** A wildcard marks the word it matched, not the pair of words the exact field also holds. */
  @Test
  void aWildcardMarksTheWordAlone() {
    String snippets =
        index.withSearcher(
            searcher -> {
              Query query =
                  new QueryCompiler(
                          SearchMode.STEMMED, false, Languages.of(searcher.getIndexReader()))
                      .compile(QueryParser.parse("vulnerab*"));
              SnippetWriter writer = new SnippetWriter(searcher, query);
              StringBuilder out = new StringBuilder();
              for (ScoreDoc hit : searcher.search(query, 50).scoreDocs) {
                Provision p =
                    ProvisionIndex.record(
                        searcher.storedFields(), new ViewReader(searcher), hit.doc);
                out.append(writer.snippet(hit.doc, p.text())).append('\n');
              }
              return out.toString();
            });
    assertTrue(snippets.contains("<mark>vulnerable</mark> to"), snippets);
    assertFalse(snippets.contains("<mark>vulnerable to"), snippets);
  }

  /**
   * The offsets of every match of {@code query} in the text fields of {@code p}'s document, as an
   * index that writes offsets holds them.
   */
  private static List<int[]> storedOffsets(Query query, Provision p) throws IOException {
    MemoryIndex memory = new MemoryIndex(true, false);
    // The document replays its text fields' tokens without offsets (no field is indexed with
    // them); those fields are written here from their chains, which give offsets.
    Set<String> replayed = Set.of(Fields.TEXT, Fields.TEXT_PAIRS, Fields.TEXT_EXACT);
    for (IndexableField field :
        new ProvisionDocuments()
            .toDocument(new Indexer.Entry(corpus.instrument(p.instrument()).orElseThrow(), p))
            .getFields()) {
      if (field.fieldType().indexOptions() != IndexOptions.NONE
          && field.fieldType().docValuesType() == DocValuesType.NONE
          && !replayed.contains(field.name())) {
        memory.addField(field, Analysis.perField());
      }
    }
    Analysis.Stemmed stemmed = Analysis.stemmed(p.language(), p.text());
    memory.addField(Fields.TEXT, stemmed.words());
    memory.addField(Fields.TEXT_PAIRS, stemmed.pairs());
    memory.addField(
        Fields.TEXT_EXACT, Analysis.exactIndexed().tokenStream(Fields.TEXT_EXACT, p.text()));
    IndexSearcher one = memory.createSearcher();
    Weight weight = one.createWeight(one.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(one.getIndexReader().leaves().get(0), 0);
    List<int[]> ranges = new ArrayList<>();
    for (String field : List.of(Fields.TEXT, Fields.TEXT_EXACT)) {
      MatchesIterator it = matches == null ? null : matches.getMatches(field);
      while (it != null && it.next()) {
        ranges.add(new int[] {it.startOffset(), it.endOffset()});
      }
    }
    return SnippetWriter.merge(ranges);
  }

  private static List<String> shown(String text, List<int[]> ranges) {
    return ranges.stream().map(r -> r[0] + "-" + r[1] + " " + text.substring(r[0], r[1])).toList();
  }
}
