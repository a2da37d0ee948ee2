package org.precedent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.server.ServerOptions;

/** How {@code serve} starts: never on a stale index, and {@code smoke} over a fresh one. */
class ServeStartTest {
  static final Path CORE = Path.of("src", "test", "resources", "fixture-core");
  static final Path OTHER = Path.of("src", "test", "resources", "fixture-corpus");

  @Test
  void anIndexOfAnotherCorpusIsRebuiltBeforeItIsServed(@TempDir Path indexRoot) throws Exception {
    new Indexer(new IndexStore(indexRoot)).build(Corpus.load(OTHER), n -> {});
    assertNotEquals(Corpus.snapshotOf(OTHER), Corpus.snapshotOf(CORE));
    Paths paths = new Paths();
    paths.corpus = CORE;
    paths.index = indexRoot;
    ServeCommand.Running running =
        ServeCommand.start(paths, Path.of("web"), ServerOptions.defaults(), "127.0.0.1", 0);
    try {
      assertEquals(Corpus.snapshotOf(CORE), running.kb().health().snapshot());
      assertFalse(running.kb().health().ready(), "cite and check wait for the first request");
    } finally {
      running.stop();
    }
  }

  @Test
  void aSearchCacheSizeOutOfRangeIsAUsageErrorBeforeAnythingStarts(@TempDir Path indexRoot) {
    // 2^44 MB would overflow to a cache of 0 bytes, silently.
    for (String size : new String[] {"-1", "17592186044416"}) {
      assertEquals(
          2,
          Main.run(
              "serve",
              "--search-cache-mb",
              size,
              "--port",
              "0",
              "--corpus",
              CORE.toString(),
              "--index",
              indexRoot.toString()),
          size);
    }
    assertFalse(new IndexStore(indexRoot).current().isPresent(), "nothing was indexed");
  }

  @Test
  void smokeAnswersEveryProbe(@TempDir Path indexRoot) {
    assertEquals(
        0, Main.run("smoke", "--corpus", CORE.toString(), "--index", indexRoot.toString()));
  }
}
