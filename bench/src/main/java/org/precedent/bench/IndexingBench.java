package org.precedent.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * Workloads 1 and 2: the analyzer-only ceiling (every production analysis chain over every text,
 * nothing written) and bulk indexing with one and two writer threads, as provisions per second.
 */
final class IndexingBench {
  private IndexingBench() {}

  /** Provisions per second through the stemmed chain (replayed as words and pairs), exact and reuse. */
  static double analyzerCeiling(List<Indexer.Entry> entries) {
    Analyzer exact = Analysis.exactIndexed();
    Analyzer reuse = Analysis.reuse();
    long start = System.nanoTime();
    long tokens = 0;
    for (Indexer.Entry e : entries) {
      String text = e.provision().text();
      Analysis.Stemmed stemmed = Analysis.stemmed(e.provision().language(), text);
      tokens += consume(stemmed.words());
      tokens += consume(stemmed.pairs());
      tokens += consume(exact, Fields.TEXT_EXACT, text);
      tokens += consume(reuse, Fields.REUSE, text);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (tokens < 0) {
      throw new IllegalStateException("unreachable: keeps the token count live");
    }
    return entries.size() / seconds;
  }

  private static long consume(Analyzer analyzer, String field, String text) {
    return consume(analyzer.tokenStream(field, text));
  }

  private static long consume(TokenStream stream) {
    try (TokenStream ts = stream) {
      ts.reset();
      long n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Provisions per second of one build: until every document is written to a segment ({@code
   * documents}: the build's own sort of its entries included, nothing after), and with the merge
   * into one segment, the commit and the publishing that follow ({@code published}). The merge
   * merges the {@code segments} the writer threads flushed in {@code mergeSeconds}; committing the
   * merged segment, saving its ranking values and publishing it take {@code publishSeconds}.
   * {@code reused} is the share of provisions indexed from the analysis of a text written before;
   * {@code writerMicros} the processor time the writer threads spent per provision, NaN where the
   * JVM does not measure it.
   */
  record Rate(
      double documents,
      double published,
      double mergeSeconds,
      double publishSeconds,
      int segments,
      double reused,
      double writerMicros) {}

  /**
   * One full build (write, merge, commit, publish) with {@code threads}. The build records {@code
   * snapshot}, the synthetic corpus folder's, so that {@code serve} over that folder takes the
   * index as current instead of rebuilding it.
   */
  static Rate indexing(List<Indexer.Entry> entries, int threads, Path root, String snapshot) {
    IndexStore store = new IndexStore(root);
    long start = System.nanoTime();
    Indexer.Build build =
        new Indexer(store).build(entries, snapshot, threads, n -> {});
    double seconds = (System.nanoTime() - start) / 1e9;
    double write = build.writeNanos() / 1e9;
    double merge = build.mergeNanos() / 1e9;
    return new Rate(
        entries.size() / write,
        entries.size() / seconds,
        merge,
        seconds - write - merge,
        build.segments(),
        (double) build.reused() / entries.size(),
        build.writerCpuNanos() < 0 ? Double.NaN : build.writerCpuNanos() / 1e3 / entries.size());
  }

  /** Deletes an index root a workload built, so that repeated runs do not fill the disk. */
  static void delete(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
    }
  }

  static Path tempRoot(String name) {
    try {
      return Files.createTempDirectory("precedent-bench-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
