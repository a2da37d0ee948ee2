package org.precedent.cli;

import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.precedent.SuppressForbidden;
import org.precedent.corpus.Corpus;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code precedent index}: parse the corpus and publish a fresh index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Build the index from corpus/.")
final class IndexCommand implements Callable<Integer> {
  @Mixin Paths paths;

  @Option(
      names = "--if-stale",
      description = "only build when the index is missing or older than the corpus")
  boolean ifStale;

  @Override
  public Integer call() {
    build(paths, ifStale);
    return 0;
  }

  /** Builds the index (when stale, if asked) and reports what it did. */
  @SuppressForbidden(reason = "command-line progress output")
  static void build(Paths paths, boolean onlyIfStale) {
    IndexStore store = new IndexStore(paths.index);
    String snapshot = Corpus.snapshotOf(paths.corpus);
    if (onlyIfStale && Indexer.publishedSnapshot(store).filter(snapshot::equals).isPresent()) {
      return;
    }
    System.err.println("indexing " + paths.corpus + " (snapshot " + snapshot + ")");
    Corpus corpus = Corpus.load(paths.corpus);
    int total = Indexer.size(corpus);
    Indexer.Build build;
    if (System.console() != null) {
      try (ProgressBar bar =
          new ProgressBarBuilder().setTaskName("indexing").setInitialMax(total).build()) {
        build = new Indexer(store).build(corpus, bar::stepTo);
      }
    } else {
      int step = Math.max(1, total / 10);
      build =
          new Indexer(store)
              .build(
                  corpus,
                  n -> {
                    if (n % step == 0 || n == total) {
                      System.err.println("indexed " + n + "/" + total + " provisions");
                    }
                  });
    }
    System.err.println(
        "index ready: "
            + build.provisions()
            + " provisions, snapshot "
            + build.snapshot()
            + " in "
            + build.dir());
  }
}
