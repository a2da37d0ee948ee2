package org.precedent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precedent.KnowledgeBase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code eval cite} and {@code eval verify} share: each set named is scored over the index,
 * built first when stale, as {@code eval check} does.
 */
abstract class EvalSetCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    IndexCommand.build(paths, true);
    try (KnowledgeBase kb = KnowledgeBase.open(paths.corpus, paths.index)) {
      EvalSet.report(files, file -> score(kb, file));
    }
    return 0;
  }

  /** Scores one set's rows. */
  abstract EvalSet.Score score(KnowledgeBase kb, Path file);
}
