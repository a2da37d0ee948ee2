package org.precedent.match;

import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/** Builds the small fixture corpus's index under a test's temporary folder and opens it. */
public final class FixtureIndex {
  public static final Path CORPUS = Path.of("src", "test", "resources", "fixture-match");

  private FixtureIndex() {}

  public static KnowledgeBase open(Path tempDir) {
    Path indexRoot = tempDir.resolve("index");
    new Indexer(new IndexStore(indexRoot)).build(Corpus.load(CORPUS), n -> {});
    return KnowledgeBase.open(CORPUS, indexRoot);
  }
}
