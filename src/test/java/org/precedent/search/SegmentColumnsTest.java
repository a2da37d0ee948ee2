package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * The ranking values saved with a published index's segment ({@link
 * org.precedent.index.SegmentColumns}): written by the build, read back with every value equal to
 * the decoded ones, and ignored (decoded again) when missing, damaged or taken from another build.
 */
class SegmentColumnsTest {
  private static final String FILE = "precedent-columns.bin";

  @TempDir static Path root;
  @TempDir static Path otherRoot;
  static Path build;
  static Path otherBuild;

  @BeforeAll
  static void buildTwice() {
    Corpus corpus = Corpus.load(SearchGoldenTest.CORPUS);
    new Indexer(new IndexStore(root)).build(corpus, n -> {});
    new Indexer(new IndexStore(otherRoot)).build(corpus, n -> {});
    build = new IndexStore(root).current().orElseThrow();
    otherBuild = new IndexStore(otherRoot).current().orElseThrow();
  }

  @Test
  void savedByTheBuildReadBackUnchangedAndIgnoredWhenNotItsOwn() throws IOException {
    Path saved = build.resolve(FILE);
    assertTrue(Files.isRegularFile(saved), "the build saves the values beside its segment");
    Values read = open(build);
    assertTrue(read.loaded, "a reader reads the saved file");

    byte[] sound = Files.readAllBytes(saved);
    Files.delete(saved);
    Values decoded = open(build);
    assertFalse(decoded.loaded, "no file: decoded from doc values");
    decoded.assertSame(read);

    byte[] damaged = sound.clone();
    damaged[damaged.length / 2] ^= 0x10;
    Files.write(saved, damaged);
    Values afterDamage = open(build);
    assertFalse(afterDamage.loaded, "a damaged file fails its checksum and is decoded again");
    decoded.assertSame(afterDamage);

    Files.copy(otherBuild.resolve(FILE), saved, StandardCopyOption.REPLACE_EXISTING);
    Values foreign = open(build);
    assertFalse(
        foreign.loaded, "another build's segment id: ignored, though the corpus is the same");
    decoded.assertSame(foreign);

    Files.write(saved, sound);
    assertTrue(open(build).loaded, "its own sound file is read again");
  }

  /** Every value {@link ReaderColumns} serves, for every doc of one freshly opened reader. */
  private record Values(
      boolean loaded,
      long[] authority,
      long[] date,
      long[] node,
      long[][] ancestors,
      boolean[] parents,
      List<Map<String, Integer>> facets) {

    void assertSame(Values other) {
      assertArrayEquals(authority, other.authority);
      assertArrayEquals(date, other.date);
      assertArrayEquals(node, other.node);
      assertArrayEquals(parents, other.parents);
      assertEquals(ancestors.length, other.ancestors.length);
      for (int d = 0; d < ancestors.length; d++) {
        assertArrayEquals(ancestors[d], other.ancestors[d], "ancestors of doc " + d);
      }
      assertEquals(facets, other.facets);
    }
  }

  private static Values open(Path dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      ReaderColumns c = ReaderColumns.of(reader);
      int n = reader.maxDoc();
      long[] authority = new long[n];
      long[] date = new long[n];
      long[] node = new long[n];
      long[][] ancestors = new long[n][];
      boolean[] parents = new boolean[n];
      int[] counts = c.newCounts();
      for (int d = 0; d < n; d++) {
        authority[d] = c.authority(d);
        date[d] = c.date(d);
        node[d] = c.node(d);
        parents[d] = c.hasDescendants(d);
        int from = c.ancestorsFrom(d);
        ancestors[d] = new long[c.ancestorsFrom(d + 1) - from];
        for (int k = 0; k < ancestors[d].length; k++) {
          ancestors[d][k] = c.ancestorKey(from + k);
        }
        c.count(d, counts);
      }
      return new Values(
          c.loaded(),
          authority,
          date,
          node,
          ancestors,
          parents,
          c.top(counts, Integer.MAX_VALUE, reader.leaves()));
    }
  }
}
