package org.precedent.testing;

import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/** Builds a real index of a test corpus into a temporary folder and opens the facade over it. */
public final class FixtureIndex {
  private FixtureIndex() {}

  public static KnowledgeBase open(Path corpusDir, Path indexRoot) {
    new Indexer(new IndexStore(indexRoot)).build(Corpus.load(corpusDir), n -> {});
    return KnowledgeBase.open(corpusDir, indexRoot);
  }
}
