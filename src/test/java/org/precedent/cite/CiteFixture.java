package org.precedent.cite;

import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * The cite fixture corpus ({@code src/test/resources/fixture-cite}: three real report paragraphs
 * from seed 004 plus metadata-only treaties and resolutions) indexed into a temporary folder.
 */
public final class CiteFixture {
  public static final Path CORPUS = Path.of("src", "test", "resources", "fixture-cite");

  private CiteFixture() {}

  public static KnowledgeBase open(Path indexRoot) {
    new Indexer(new IndexStore(indexRoot)).build(Corpus.load(CORPUS), n -> {});
    return KnowledgeBase.open(CORPUS, indexRoot);
  }
}
