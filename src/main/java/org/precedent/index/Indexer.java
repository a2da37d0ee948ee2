package org.precedent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Provision;

/** Writes a complete index of a corpus into a new build directory and publishes it. */
public final class Indexer {
  /** Commit user-data keys: what the server reports without re-reading the corpus. */
  public static final String SNAPSHOT = "snapshot";

  public static final String PROVISIONS = "provisions";
  public static final String CREATED = "created";

  private final IndexStore store;

  public Indexer(IndexStore store) {
    this.store = store;
  }

  /** Result of one build. */
  public record Build(Path dir, String snapshot, int provisions) {}

  /**
   * @param progress called with the number of provisions written so far
   */
  public Build build(Corpus corpus, IntConsumer progress) {
    try {
      Path dir = store.newBuildDir();
      int count = 0;
      ProvisionDocuments documents = new ProvisionDocuments();
      IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setRAMBufferSizeMB(256);
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer = new IndexWriter(directory, config)) {
        for (Instrument instrument : corpus.instruments()) {
          List<Provision> provisions = corpus.provisions(instrument.id());
          for (Provision provision : provisions) {
            writer.addDocument(documents.toDocument(instrument, provision));
            progress.accept(++count);
          }
        }
        writer.setLiveCommitData(
            Map.of(
                    SNAPSHOT, corpus.snapshot(),
                    PROVISIONS, Integer.toString(count),
                    CREATED, Instant.now().toString())
                .entrySet());
        writer.commit();
      }
      store.publish(dir);
      return new Build(dir, corpus.snapshot(), count);
    } catch (IOException e) {
      throw new UncheckedIOException("index build failed: " + e.getMessage(), e);
    }
  }

  /**
   * The snapshot id of the published index, if one exists and can be read; an unreadable index
   * counts as absent so that the caller rebuilds instead of crash-looping.
   */
  public static java.util.Optional<String> publishedSnapshot(IndexStore store) {
    if (store.current().isEmpty()) {
      return java.util.Optional.empty();
    }
    try (ProvisionIndex index = ProvisionIndex.open(store)) {
      return java.util.Optional.of(index.snapshot());
    } catch (RuntimeException | IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** Total provisions the corpus will produce, for a progress bar's maximum. */
  public static int size(Corpus corpus) {
    return corpus.allProvisions().size();
  }
}
