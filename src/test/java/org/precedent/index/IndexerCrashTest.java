package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;
import org.precedent.testing.CliProcess;

/**
 * Kills a real indexer process in the middle of a build: the published index must still be the
 * previous one, readable and complete, and the next build must succeed.
 */
class IndexerCrashTest {
  static final Path CORPUS = Path.of("corpus");

  @Test
  void killedBuildLeavesThePreviousIndexServedAndTheNextBuildSucceeds(@TempDir Path root)
      throws Exception {
    IndexStore store = new IndexStore(root);
    Indexer.Build first = new Indexer(store).build(Corpus.load(CORPUS), n -> {});

    Process indexer =
        CliProcess.of("index", "--corpus", CORPUS.toString(), "--index", root.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path partial = awaitNewBuildDir(root, first.dir(), indexer);
    indexer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertEquals(first.dir(), store.current().orElseThrow(), "CURRENT still names the first build");
    try (ProvisionIndex index = ProvisionIndex.open(store)) {
      assertEquals(first.provisions(), index.size());
    }
    assertTrue(Files.exists(partial) || !indexer.isAlive(), "the killed build left its directory");

    Indexer.Build next = new Indexer(store).build(Corpus.load(CORPUS), n -> {});
    assertEquals(next.dir(), store.current().orElseThrow());
    assertEquals(first.provisions(), next.provisions());
  }

  /** Waits until the child has created its build directory, i.e. it is writing documents. */
  private static Path awaitNewBuildDir(Path root, Path existing, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && child.isAlive()) {
      try (Stream<Path> dirs = Files.list(root)) {
        List<Path> fresh =
            dirs.filter(p -> p.getFileName().toString().startsWith("build-") && !p.equals(existing))
                .toList();
        if (!fresh.isEmpty()) {
          return fresh.get(0);
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the indexer process never started a build");
  }
}
