package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Instrument;
import org.precedent.match.FixtureIndex;

class IndexerMergeTest {
  @Test
  void aPublishedIndexIsOneSegmentHoldingEveryProvision(@TempDir Path temp) throws Exception {
    Corpus corpus = Corpus.load(FixtureIndex.CORPUS);
    List<Indexer.Entry> entries = new ArrayList<>();
    for (Instrument instrument : corpus.instruments()) {
      corpus
          .provisions(instrument.id())
          .forEach(p -> entries.add(new Indexer.Entry(instrument, p)));
    }
    // Two writer threads each flush a segment of their own when they run out of provisions.
    Indexer.Build build =
        new Indexer(new IndexStore(temp)).build(entries, corpus.snapshot(), 2, n -> {});
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build.dir()))) {
      assertEquals(1, reader.leaves().size());
      assertEquals(entries.size(), reader.numDocs());
      assertEquals(corpus.snapshot(), reader.getIndexCommit().getUserData().get(Indexer.SNAPSHOT));
    }
    assertTrue(build.mergeNanos() > 0);
  }

  /**
   * The shingle field is the largest by terms; it records only which provisions hold a run, while
   * the text fields keep the positions phrases and snippets read, and no offsets (snippets find
   * them from the positions).
   */
  @Test
  void shinglesAreIndexedWithoutCountsOrPositions(@TempDir Path temp) throws Exception {
    Corpus corpus = Corpus.load(FixtureIndex.CORPUS);
    Indexer.Build build = new Indexer(new IndexStore(temp)).build(corpus, n -> {});
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build.dir()))) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      assertEquals(IndexOptions.DOCS, fields.fieldInfo(Fields.REUSE).getIndexOptions());
      for (String text : List.of(Fields.TEXT, Fields.TEXT_EXACT, Fields.TEXT_PAIRS)) {
        assertEquals(
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.fieldInfo(text).getIndexOptions());
      }
    }
  }
}
