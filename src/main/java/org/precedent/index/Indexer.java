package org.precedent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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

  /**
   * Commit user-data key of the index layout version. Raise {@link #LAYOUT} whenever documents gain
   * or change fields that search relies on, and whenever the parsers read the same corpus files
   * into other provisions: an index of another layout counts as stale and is rebuilt rather than
   * searched with fields missing, and the corpus snapshot hashes the files, not what is read from
   * them.
   */
  public static final String LAYOUT_KEY = "layout";

  /**
   * 21: a heading is searched only in the document of the provision it is the heading of ({@link
   * Entry#ownHeading}); an index built before holds it in every paragraph under it too. 22: the
   * stemmed fields hold a British spelling or an irregular plural as its counterpart's stem ({@link
   * SpellingFilter}). 23: they hold "co-operation" as "cooperation" ({@link CoPrefixFilter}) and
   * the regular plurals KStem keeps apart ("interests", "rights") as their singulars.
   */
  public static final String LAYOUT = "23";

  /**
   * Segments hold their provisions in order of authority, the treaties first. Relevance weighs a
   * match by its authority; in this order no provision outranks one before it, so once ranking has
   * passed the treaties every match still to come weighs less, and it can skip more of them ({@code
   * search.Ranking}).
   *
   * <p>Among provisions of equal authority the shorter comes first ({@link Fields#WORDS}). A doc
   * comes before a later one of equal score, and provisions sharing the same runs with a check's
   * segment score alike in its candidate query: of those, the one with the fewest other words is
   * the closest to the segment. In the order of the build, copies of a text inside longer
   * provisions filled the candidate lists when they happened to come first.
   *
   * <p>Then provisions keep the order the build took them in ({@link Fields#SEQUENCE}). Lucene
   * would order them by writer thread and segment: two threads made two builds of one corpus
   * differ, and with them which of two equal scores came first.
   */
  public static final Sort AUTHORITY_ORDER =
      new Sort(
          new SortField(Fields.AUTHORITY, SortField.Type.LONG),
          new SortField(Fields.WORDS, SortField.Type.LONG),
          new SortField(Fields.SEQUENCE, SortField.Type.LONG));

  /**
   * Memory each writer thread buffers documents in before it writes them to a segment. Lucene looks
   * each token up in a hash of its field's terms; in a small buffer that hash is small too, and
   * more of it is in the processor's cache. At a million provisions, one writer thread with 32 MB
   * instead of 256 MB (and no merges while writing, {@link OneMergeAtTheEnd}) wrote 1.17 to 1.35
   * times as many provisions a second (three rounds alternating in one JVM), and two threads with
   * 64 MB 1.30 times as many as with 256 MB (one round). The merge into one segment at the end then
   * merges 31 to 44 segments instead of eight, in 15 to 25 s instead of 12 to 17.
   */
  static final double BUFFER_MB_PER_THREAD = 32;

  private final IndexStore store;
  private final double bufferMbPerThread;

  public Indexer(IndexStore store) {
    this(store, BUFFER_MB_PER_THREAD);
  }

  /** With another buffer per writer thread: a test's small corpus then fills several segments. */
  Indexer(IndexStore store, double bufferMbPerThread) {
    this.store = store;
    this.bufferMbPerThread = bufferMbPerThread;
  }

  /**
   * Result of one build: {@code reused} provisions were indexed from the analysis of a text written
   * before ({@link AnalysedTexts}); {@code writeNanos} is the time from the call until every
   * document was in a segment on disk, and {@code mergeNanos} the time then spent merging the
   * {@code segments} the writer threads flushed into one. Committing and publishing the merged
   * index take the rest. {@code writerCpuNanos} is the processor time the writer threads spent in
   * all, or -1 where the JVM does not measure a thread's: with the time taken, it says whether more
   * threads wrote faster by working side by side or each ran more slowly.
   */
  public record Build(
      Path dir,
      String snapshot,
      int provisions,
      int segments,
      long reused,
      long writeNanos,
      long writerCpuNanos,
      long mergeNanos) {}

  /**
   * One provision with the instrument whose facts its document carries. {@code ownHeading}: whether
   * the provision's heading is its own, not the one its parent stands under. Only then are the
   * heading's words searched in its document ({@link Fields#HEADING}): an article found through its
   * title alone is one hit, the article, not one hit per paragraph under it ("prevention" listed
   * nine paragraphs of the Organized Crime Convention's article 31, seven of which do not say the
   * word, ahead of the provisions that do).
   */
  public record Entry(Instrument instrument, Provision provision, boolean ownHeading) {
    /** A provision taken alone, whose heading is taken as its own. */
    public Entry(Instrument instrument, Provision provision) {
      this(instrument, provision, true);
    }
  }

  /**
   * @param progress called with the number of provisions written so far
   */
  public Build build(Corpus corpus, IntConsumer progress) {
    return build(entries(corpus), corpus.snapshot(), 1, progress);
  }

  /**
   * Every provision of {@code corpus}, instrument by instrument, each knowing whose heading it has.
   */
  public static List<Entry> entries(Corpus corpus) {
    List<Entry> entries = new ArrayList<>();
    for (Instrument instrument : corpus.instruments()) {
      List<Provision> provisions = corpus.provisions(instrument.id());
      Map<String, String> headings = new HashMap<>();
      provisions.forEach(p -> headings.put(p.eid(), p.heading()));
      for (Provision p : provisions) {
        boolean inherited =
            p.id()
                .parentEid()
                .filter(parent -> Objects.equals(headings.get(parent), p.heading()))
                .isPresent();
        entries.add(new Entry(instrument, p, !inherited));
      }
    }
    return entries;
  }

  /**
   * Indexes {@code entries} with {@code threads} writer threads sharing one IndexWriter (it is
   * thread-safe; each thread keeps its own analysis chains) and publishes the result.
   */
  public Build build(List<Entry> entries, String snapshot, int threads, IntConsumer progress) {
    long started = System.nanoTime();
    // Handed to the writer in index order (by authority, then length; a stable sort: the rest keep
    // their order), the documents of each flushed segment are already sorted, and Lucene writes
    // them as they are. In any other order it re-sorts every term's postings at each flush: 13-14%
    // of one-thread indexing at 100k provisions. Sorted by authority alone while the index sorts by
    // length too, one writer thread took 1.107 of the time of the build before length was a key;
    // sorted by both, 0.911 (medians of 24 paired rounds over the shipped corpus written five
    // times).
    //
    // The keys are worked out and sorted on every processor: the writer threads wait for them. A
    // million of the shipped corpus's texts took 0.43 s instead of 1.35 s counted and sorted on
    // one (medians of twelve rounds, with the faster word count of TextKey).
    Ordered[] ordered =
        entries.parallelStream()
            .map(
                e ->
                    new Ordered(
                        e,
                        e.provision().status().authorityRank(),
                        TextKey.words(e.provision().text())))
            .toArray(Ordered[]::new);
    // Stable, as the order of equal keys must be the caller's.
    Arrays.parallelSort(
        ordered, Comparator.comparingInt(Ordered::rank).thenComparingInt(Ordered::words));
    return build(
        Arrays.stream(ordered).map(Ordered::entry).iterator(),
        snapshot,
        threads,
        progress,
        started);
  }

  /** An entry with its keys in the index order, each worked out once for the sort. */
  private record Ordered(Entry entry, int rank, int words) {}

  /** As {@link #build(List, String, int, IntConsumer)}, writing {@code entries} as they come. */
  Build build(Iterator<Entry> entries, String snapshot, int threads, IntConsumer progress) {
    return build(entries, snapshot, threads, progress, System.nanoTime());
  }

  private Build build(
      Iterator<Entry> entries, String snapshot, int threads, IntConsumer progress, long started) {
    try {
      Path dir = store.newBuildDir();
      AtomicInteger count = new AtomicInteger();
      long[] taken = {0};
      AtomicLong writerCpu = new AtomicLong();
      long writeNanos;
      long mergeNanos;
      long reused;
      IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setRAMBufferSizeMB(bufferMbPerThread * threads);
      OneMergeAtTheEnd merges = new OneMergeAtTheEnd();
      config.setMergePolicy(merges);
      config.setIndexSort(AUTHORITY_ORDER);
      try (FSDirectory directory = FSDirectory.open(dir);
          IndexWriter writer = new IndexWriter(directory, config)) {
        AnalysedTexts texts = new AnalysedTexts();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
          ProvisionDocuments documents = new ProvisionDocuments(texts);
          Thread worker =
              new Thread(
                  () -> {
                    write(entries, taken, writer, documents, count, progress, failures);
                    // -1 from any thread leaves the sum unknown.
                    writerCpu.accumulateAndGet(
                        processorTime(), (sum, spent) -> sum < 0 || spent < 0 ? -1 : sum + spent);
                  },
                  "indexer-" + t);
          workers.add(worker);
          worker.start();
        }
        for (Thread worker : workers) {
          worker.join();
        }
        if (!failures.isEmpty()) {
          throw new IOException("indexing failed: " + failures.get(0), failures.get(0));
        }
        reused = texts.reused();
        // Flushed first, so that mergeNanos times the merge alone and writing the last documents'
        // segment counts as indexing.
        writer.flush();
        writeNanos = System.nanoTime() - started;
        // A published index is only ever read. In one segment each term is looked up once instead
        // of once per segment, and each query scores one postings list per term: at a million
        // provisions the check of a new draft took a quarter less time than over eight segments,
        // for 14 to 16 s of merging.
        long merging = System.nanoTime();
        writer.forceMerge(1);
        mergeNanos = System.nanoTime() - merging;
        writer.setLiveCommitData(
            Map.of(
                    SNAPSHOT,
                    snapshot,
                    PROVISIONS,
                    Integer.toString(count.get()),
                    LAYOUT_KEY,
                    LAYOUT,
                    CREATED,
                    Instant.now().toString())
                .entrySet());
        writer.commit();
      }
      // Saved with the index, so a server starting over it reads its ranking values in one pass
      // instead of decoding a million doc values while the first search waits.
      SegmentColumns.save(dir);
      store.publish(dir);
      return new Build(
          dir,
          snapshot,
          count.get(),
          merges.merged(),
          reused,
          writeNanos,
          writerCpu.get(),
          mergeNanos);
    } catch (IOException e) {
      throw new UncheckedIOException("index build failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("index build interrupted", e);
    }
  }

  /** The calling thread's processor time so far, or -1 where the JVM does not measure it. */
  private static long processorTime() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  /**
   * Writes entries until none are left; {@code taken} counts the entries taken by every thread, and
   * is read and raised with the iterator's lock held.
   */
  private static void write(
      Iterator<Entry> entries,
      long[] taken,
      IndexWriter writer,
      ProvisionDocuments documents,
      AtomicInteger count,
      IntConsumer progress,
      List<Throwable> failures) {
    try {
      while (true) {
        Entry entry;
        long sequence;
        synchronized (entries) {
          if (!failures.isEmpty()) {
            return;
          }
          if (!entries.hasNext()) {
            break;
          }
          entry = entries.next();
          sequence = taken[0]++;
        }
        Document doc = documents.toDocument(entry);
        doc.add(new NumericDocValuesField(Fields.SEQUENCE, sequence));
        writer.addDocument(doc);
        progress.accept(count.incrementAndGet());
      }
      // A worker with nothing left writes a buffer to a segment itself, so the buffers still in
      // memory at the end are written side by side; flushed by the caller, one after another.
      writer.flushNextBuffer();
    } catch (IOException | RuntimeException | Error e) {
      // Errors too (a data list that fails to load is an ExceptionInInitializerError): a worker
      // that died quietly would leave an index with provisions missing, published as complete.
      failures.add(e);
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
      return LAYOUT.equals(index.layout())
          ? java.util.Optional.of(index.snapshot())
          : java.util.Optional.empty();
    } catch (RuntimeException | IOException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * The published index, opened, when it was built from {@code snapshot} with this layout; empty
   * when it is missing, unreadable, of another layout or of another snapshot, so that the caller
   * rebuilds. Serving opens the index this once instead of once to check and again to serve.
   */
  public static java.util.Optional<ProvisionIndex> openIfCurrent(
      IndexStore store, String snapshot) {
    if (store.current().isEmpty()) {
      return java.util.Optional.empty();
    }
    ProvisionIndex index;
    try {
      index = ProvisionIndex.open(store);
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
    if (LAYOUT.equals(index.layout()) && snapshot.equals(index.snapshot())) {
      return java.util.Optional.of(index);
    }
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the stale index: " + e.getMessage(), e);
    }
    return java.util.Optional.empty();
  }

  /** Total provisions the corpus will produce, for a progress bar's maximum. */
  public static int size(Corpus corpus) {
    return corpus.allProvisions().size();
  }
}
