package org.precedent.search;

import java.nio.file.Path;
import org.precedent.KnowledgeBase;
import org.precedent.testing.FixtureIndex;

/**
 * The small fixture corpus ({@code src/test/resources/fixture-corpus}: four instruments, verbatim
 * seed excerpts) indexed into a temporary folder, so search tests do not depend on the shipped
 * corpus.
 */
public final class Fixture {
  public static final Path CORPUS = Path.of("src", "test", "resources", "fixture-corpus");

  private Fixture() {}

  /** Builds the fixture index under {@code indexRoot} and opens a knowledge base over it. */
  public static KnowledgeBase open(Path indexRoot) {
    return FixtureIndex.open(CORPUS, indexRoot);
  }
}
