package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Corpus;

/**
 * A writer thread that dies of an Error (a data list that fails to load throws
 * ExceptionInInitializerError) must fail the build, never publish an index with provisions missing.
 */
class IndexerFailureTest {
  @Test
  void anErrorInAWriterThreadFailsTheBuildAndKeepsThePreviousIndex(@TempDir Path root) {
    IndexStore store = new IndexStore(root);
    Corpus corpus = Corpus.load(Path.of("corpus"));
    Indexer.Build first = new Indexer(store).build(corpus, n -> {});
    List<Indexer.Entry> entries = Indexer.entries(corpus);
    Iterator<Indexer.Entry> good = entries.iterator();
    Iterator<Indexer.Entry> failing =
        new Iterator<>() {
          int served;

          @Override
          public boolean hasNext() {
            return good.hasNext();
          }

          @Override
          public Indexer.Entry next() {
            if (++served == 100) {
              throw new ExceptionInInitializerError("a data list failed to load");
            }
            return good.next();
          }
        };

    assertThrows(
        RuntimeException.class, () -> new Indexer(store).build(failing, "other", 2, n -> {}));
    assertEquals(first.dir(), store.current().orElseThrow(), "CURRENT still names the first build");
  }
}
