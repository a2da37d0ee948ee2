package org.precedent;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.precedent.cite.CitationGrammar;
import org.precedent.cite.Citator;
import org.precedent.cite.CiteResult;
import org.precedent.cite.IndexedProvisions;
import org.precedent.cite.QuoteVerifier;
import org.precedent.cite.Verification;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.ingest.AddRequest;
import org.precedent.corpus.ingest.Ingester;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;
import org.precedent.index.ProvisionIndex;
import org.precedent.match.CheckReport;
import org.precedent.match.CheckRequest;
import org.precedent.match.CheckTiming;
import org.precedent.match.Checker;
import org.precedent.search.ProvisionSearcher;
import org.precedent.search.SearchRequest;
import org.precedent.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade the server and the command line use: one object over the manifest and the published
 * index, offering the product's verbs. Stages behind it (search, cite, match) never see HTTP.
 */
public final class KnowledgeBase implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
  private final Path corpusDir;
  private final IndexStore store;
  private final ProvisionIndex index;
  // Replaced whole after an ingest or reindex; readers see one consistent state.
  private volatile Served served;

  /**
   * What one manifest over the open index serves. Searching needs only the manifest; the rest is
   * built on first use, or ahead of it by {@link #prepareInBackground()}: the citation grammar over
   * twenty thousand instruments takes seconds that a cold start should not wait for.
   */
  private record Served(
      long generation,
      Manifest manifest,
      ProvisionSearcher searcher,
      Deferred<Map<String, Integer>> counts,
      Deferred<Citing> citing,
      Deferred<Checker> checker,
      AtomicBoolean preparing) {

    static Served over(long generation, ProvisionIndex index, Manifest manifest) {
      return new Served(
          generation,
          manifest,
          new ProvisionSearcher(index, manifest),
          new Deferred<>(
              () ->
                  index.countsByInstrument(
                      manifest.instruments().stream().map(Instrument::id).toList())),
          new Deferred<>(() -> Citing.over(index, manifest)),
          new Deferred<>(() -> new Checker(index, manifest)),
          new AtomicBoolean());
    }

    boolean ready() {
      return counts.isBuilt() && citing.isBuilt() && checker.isBuilt();
    }
  }

  /** The cite stage over one manifest: the citator and the quote verifier sharing it. */
  private record Citing(Citator citator, QuoteVerifier verifier) {
    static Citing over(ProvisionIndex index, Manifest manifest) {
      IndexedProvisions provisions = new IndexedProvisions(index);
      Citator citator = new Citator(CitationGrammar.load(manifest.instruments()), provisions);
      return new Citing(citator, new QuoteVerifier(citator, provisions, manifest.instruments()));
    }
  }

  private KnowledgeBase(Path corpusDir, IndexStore store, ProvisionIndex index, Manifest manifest) {
    this.corpusDir = corpusDir;
    this.store = store;
    this.index = index;
    this.served = Served.over(0, index, manifest);
  }

  /** Opens the knowledge base over {@code corpusDir}'s manifest and the index published there. */
  public static KnowledgeBase open(Path corpusDir, Path indexRoot) {
    IndexStore store = new IndexStore(indexRoot);
    ProvisionIndex index = ProvisionIndex.open(store);
    try {
      return new KnowledgeBase(corpusDir, store, index, Manifest.read(corpusDir));
    } catch (RuntimeException e) {
      closeQuietlyAfter(e, index);
      throw e;
    }
  }

  /**
   * As {@link #open(Path, Path)}, over an index the caller has already opened from {@code store}
   * and the manifest it has read from {@code corpusDir} (a server reads both at once). The
   * knowledge base owns the index from here on.
   */
  public static KnowledgeBase open(
      Path corpusDir, IndexStore store, ProvisionIndex index, Manifest manifest) {
    return new KnowledgeBase(corpusDir, store, index, manifest);
  }

  private static void closeQuietlyAfter(RuntimeException failure, ProvisionIndex index) {
    try {
      index.close();
    } catch (IOException suppressed) {
      failure.addSuppressed(suppressed);
    }
  }

  /**
   * Starts reading what every search ranks by, on another thread, so that it fills while a server
   * starts rather than during its first search. A failure is only logged: the first search meets it
   * again and reports it.
   */
  public static void prepareSearch(ProvisionIndex index) {
    CompletableFuture.runAsync(() -> ProvisionSearcher.prepare(index))
        .exceptionally(
            e -> {
              LOG.warn("preparing search ahead of use failed: {}", e.toString());
              return null;
            });
  }

  /**
   * Builds what searching does not need (instrument counts, the citation grammar, the checker) on a
   * background thread, so that a later cite or check need not wait for it; {@link #health()} says
   * when it is done. Starts once per served state; later calls return at once, so a server may call
   * it after every request.
   */
  public void prepareInBackground() {
    Served now = served;
    if (now.ready() || !now.preparing().compareAndSet(false, true)) {
      return;
    }
    Thread prepare =
        new Thread(
            () -> {
              try {
                now.counts().get();
                now.citing().get();
                now.checker().get();
              } catch (RuntimeException e) {
                // Nothing is lost: the first request that needs the part builds it and reports why.
                LOG.warn("preparing cite and check ahead of use failed: {}", e.toString());
              }
            },
            "precedent-prepare");
    prepare.setDaemon(true);
    prepare.start();
  }

  private void refresh() {
    served = Served.over(served.generation() + 1, index, Manifest.read(corpusDir));
  }

  /**
   * Adds an instrument to the corpus (or only plans it, on a dry run), then rebuilds and swaps in
   * the index so that searches and citations see it at once. One write at a time.
   */
  public synchronized Ingester.Plan add(
      byte[] content,
      String fileName,
      AddRequest request,
      Optional<String> layout,
      boolean dryRun) {
    Ingester ingester = new Ingester(corpusDir);
    Ingester.Plan plan = ingester.plan(content, fileName, request, layout);
    if (!dryRun) {
      ingester.write(plan);
      reindex();
    }
    return plan;
  }

  /** Rebuilds the index from the corpus folder and serves the new build. */
  public synchronized Indexer.Build reindex() {
    Indexer.Build build = new Indexer(store).build(Corpus.load(corpusDir), n -> {});
    try {
      index.reopen();
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the new index: " + e.getMessage(), e);
    }
    refresh();
    return build;
  }

  /**
   * Liveness plus what is being served. Search answers as soon as the server listens; {@code ready}
   * turns true once citing, checking and the instrument list are built too (before that they
   * answer, only more slowly, building what they need first).
   */
  public record Health(String status, int provisions, String snapshot, boolean ready) {}

  /** One instrument as listed: its recorded facts and how many provisions the index holds. */
  public record InstrumentSummary(
      String id,
      String title,
      String shortTitle,
      String symbol,
      String kind,
      String status,
      String date,
      String language,
      String body,
      int provisions,
      boolean hasText,
      List<String> aliases,
      Map<String, String> links,
      List<String> notes) {}

  /** An instrument with its outline: every provision id in document order. */
  public record InstrumentDetail(InstrumentSummary instrument, List<OutlineEntry> outline) {}

  /** One line of an outline. */
  public record OutlineEntry(String id, String eid, String label, String parent, boolean leaf) {}

  public Health health() {
    return new Health("ok", index.size(), index.snapshot(), served.ready());
  }

  public String snapshot() {
    return index.snapshot();
  }

  /**
   * Which state of the corpus is served: 0 when opened, one more after each ingest or reindex once
   * its manifest is read. What was answered under one generation may be reused until the next.
   */
  public long generation() {
    return served.generation();
  }

  public List<InstrumentSummary> instruments() {
    Served now = served;
    Map<String, Integer> counts = now.counts().get();
    return now.manifest().instruments().stream().map(i -> summary(i, counts)).toList();
  }

  public Optional<Instrument> instrumentRecord(String id) {
    return served.manifest().instrument(id);
  }

  public Optional<InstrumentDetail> instrument(String id) {
    Served now = served;
    return now.manifest()
        .instrument(id)
        .map(
            instrument ->
                new InstrumentDetail(
                    summary(instrument, now.counts().get()),
                    index.provisions(id).stream()
                        .map(
                            p ->
                                new OutlineEntry(
                                    p.id().toString(),
                                    p.eid(),
                                    p.label(),
                                    p.id().parentEid().orElse(null),
                                    p.children().isEmpty()))
                        .toList()));
  }

  public Optional<Provision> provision(ProvisionId id) {
    return index.provision(id);
  }

  /** Full-text search; a {@code QueryException} says what to fix in the request. */
  public SearchResult search(SearchRequest request) {
    return served.searcher().search(request);
  }

  /** "More like this": provisions closest in wording, empty when {@code id} does not exist. */
  public Optional<SearchResult> similar(ProvisionId id, int limit) {
    return served.searcher().similar(id, limit);
  }

  /** Every citation in {@code text}, found and resolved (the cite stage). */
  public CiteResult cite(String text) {
    return new CiteResult(served.citing().get().citator().cite(text), snapshot());
  }

  /**
   * One citation string resolved: its first citation (an entry per item of a list or range), or a
   * 400 entry when it holds none.
   */
  public CiteResult citeOne(String citation) {
    return new CiteResult(served.citing().get().citator().citeFirst(citation), snapshot());
  }

  /** A quotation checked against the provision it cites. */
  public Verification verify(String quote, String citation) {
    return served.citing().get().verifier().verify(quote, citation);
  }

  /** Agreed-language check of a draft: segments, verdicts and precedents. */
  public CheckReport check(CheckRequest request) {
    return served.checker().get().check(request);
  }

  /** As {@link #check(CheckRequest)}, adding the time spent per stage to {@code timing}. */
  public CheckReport check(CheckRequest request, CheckTiming timing) {
    return served.checker().get().check(request, timing);
  }

  /** The shared index, for the stages behind this facade. */
  public ProvisionIndex index() {
    return index;
  }

  public Manifest manifest() {
    return served.manifest();
  }

  private static InstrumentSummary summary(Instrument i, Map<String, Integer> counts) {
    return new InstrumentSummary(
        i.id(),
        i.title(),
        i.shortTitle(),
        i.symbol(),
        i.kind(),
        i.status().label(),
        i.date(),
        i.language(),
        i.body(),
        counts.getOrDefault(i.id(), 0),
        i.hasText(),
        i.aliases(),
        i.links(),
        i.hasText() ? i.notes() : withNotInCorpus(i.notes()));
  }

  private static List<String> withNotInCorpus(List<String> notes) {
    return Stream.concat(Stream.of("text not in corpus"), notes.stream()).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
