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
import org.precedent.match.FixtureIndex;

class IndexerMergeTest {
  @Test
  void aPublishedIndexIsOneSegmentHoldingEveryProvision(@TempDir Path temp) throws Exception {
    Corpus corpus = Corpus.load(FixtureIndex.CORPUS);
    List<Indexer.Entry> entries = Indexer.entries(corpus);
    // Two writer threads each flush a segment of their own when they run out of provisions.
    long start = System.nanoTime();
    Indexer.Build build =
        new Indexer(new IndexStore(temp)).build(entries, corpus.snapshot(), 2, n -> {});
    long elapsed = System.nanoTime() - start;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build.dir()))) {
      assertEquals(1, reader.leaves().size());
      assertEquals(entries.size(), reader.numDocs());
      assertEquals(corpus.snapshot(), reader.getIndexCommit().getUserData().get(Indexer.SNAPSHOT));
    }
    assertTrue(build.mergeNanos() > 0);
    // Writing ends where the merge begins: the two are timed apart, and the commit after both.
    assertTrue(build.writeNanos() > 0);
    assertTrue(build.writeNanos() + build.mergeNanos() < elapsed);
    // Both writer threads' processor time, counted: within what two threads can spend meanwhile.
    assertTrue(build.writerCpuNanos() > 0, "writer threads' time " + build.writerCpuNanos());
    assertTrue(build.writerCpuNanos() <= 2 * build.writeNanos());
  }

  /**
   * Two writer threads share the shipped corpus's 4,162 provisions between their segments as they
   * happen to take them; the published index still holds them in the order one thread writes, so
   * equal scores fall alike in every build. Without a tie-break of its own, Lucene's merge put one
   * thread's provisions of each authority before the other's.
   */
  @Test
  void twoWriterThreadsPublishTheOrderOfOne(@TempDir Path temp) throws Exception {
    Corpus corpus = Corpus.load(Path.of("corpus"));
    List<Indexer.Entry> entries = Indexer.entries(corpus);
    Indexer one = new Indexer(new IndexStore(temp.resolve("one")));
    Indexer two = new Indexer(new IndexStore(temp.resolve("two")));
    List<String> byOne = idsInDocOrder(one.build(entries, corpus.snapshot(), 1, n -> {}).dir());
    List<String> byTwo = idsInDocOrder(two.build(entries, corpus.snapshot(), 2, n -> {}).dir());
    assertEquals(entries.size(), byOne.size());
    assertEquals(byOne.size(), byTwo.size());
    for (int doc = 0; doc < byOne.size(); doc++) {
      assertEquals(byOne.get(doc), byTwo.get(doc), "doc " + doc + " of the two-thread build");
    }
  }

  /**
   * With a buffer of 1 MB a writer thread, two threads write the shipped corpus in many segments.
   * Nothing merges them while they write; the build merges them all at the end, into an index of
   * one segment holding every provision in the order of a build of one thread and the usual buffer.
   */
  @Test
  void segmentsFlushedFromASmallBufferAreAllMergedAtTheEnd(@TempDir Path temp) throws Exception {
    Corpus corpus = Corpus.load(Path.of("corpus"));
    List<Indexer.Entry> entries = Indexer.entries(corpus);
    Indexer small = new Indexer(new IndexStore(temp.resolve("small")), 1);
    Indexer usual = new Indexer(new IndexStore(temp.resolve("usual")));
    Indexer.Build inPieces = small.build(entries, corpus.snapshot(), 2, n -> {});
    Indexer.Build whole = usual.build(entries, corpus.snapshot(), 1, n -> {});
    assertTrue(inPieces.segments() > 4, inPieces.segments() + " segments flushed");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(inPieces.dir()))) {
      assertEquals(1, reader.leaves().size());
    }
    assertEquals(idsInDocOrder(whole.dir()), idsInDocOrder(inPieces.dir()));
  }

  private static List<String> idsInDocOrder(Path dir) throws java.io.IOException {
    List<String> ids = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.index.SortedDocValues values =
            leaf.reader().getSortedDocValues(Fields.ID);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          assertTrue(values.advanceExact(doc));
          ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
    }
    return ids;
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
