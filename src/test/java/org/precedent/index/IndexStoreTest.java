package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;

/** A build is published only when complete; an abandoned build never replaces the served index. */
class IndexStoreTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "fixture-core");

  @Test
  void abandonedBuildLeavesTheServedIndexInPlace(@TempDir Path root) throws Exception {
    IndexStore store = new IndexStore(root);
    Indexer.Build first = new Indexer(store).build(Corpus.load(FIXTURE), n -> {});
    Path abandoned = store.newBuildDir();
    Files.writeString(abandoned.resolve("_0.cfs"), "half written");
    assertEquals(first.dir(), store.current().orElseThrow());
    try (ProvisionIndex index = ProvisionIndex.open(store)) {
      assertEquals(6, index.size());
      assertEquals(Corpus.snapshotOf(FIXTURE), index.snapshot());
    }
  }

  @Test
  void rebuildPublishesANewDirectory(@TempDir Path root) {
    IndexStore store = new IndexStore(root);
    Indexer.Build first = new Indexer(store).build(Corpus.load(FIXTURE), n -> {});
    Indexer.Build second = new Indexer(store).build(Corpus.load(FIXTURE), n -> {});
    assertNotEquals(first.dir(), second.dir());
    assertEquals(second.dir(), store.current().orElseThrow());
  }

  @Test
  void missingOrBrokenIndexReadsAsAbsentSoServeRebuilds(@TempDir Path root) throws Exception {
    IndexStore store = new IndexStore(root);
    assertTrue(Indexer.publishedSnapshot(store).isEmpty());
    Path broken = store.newBuildDir();
    store.publish(broken);
    assertTrue(store.current().isPresent());
    assertTrue(
        Indexer.publishedSnapshot(store).isEmpty(), "an empty build must not count as an index");
  }

  @Test
  void anIndexOfAnotherLayoutReadsAsStaleSoServeRebuilds(@TempDir Path root) throws Exception {
    IndexStore store = new IndexStore(root);
    Indexer.Build build = new Indexer(store).build(Corpus.load(FIXTURE), n -> {});
    assertEquals(Corpus.snapshotOf(FIXTURE), Indexer.publishedSnapshot(store).orElseThrow());
    // Rewrite the commit as an older version would have left it: same documents, older layout.
    try (var dir = org.apache.lucene.store.FSDirectory.open(build.dir());
        var writer =
            new org.apache.lucene.index.IndexWriter(
                dir, new org.apache.lucene.index.IndexWriterConfig())) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(Indexer.LAYOUT_KEY, "1");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    assertTrue(
        Indexer.publishedSnapshot(store).isEmpty(),
        "an index missing fields search relies on must be rebuilt, not served");
  }
}
