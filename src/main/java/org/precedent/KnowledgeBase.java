package org.precedent;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * The facade the server and the command line use: one object over the manifest and the published
 * index, offering the product's verbs. Stages behind it (search, cite, match) never see HTTP.
 */
public final class KnowledgeBase implements Closeable {
  private final Path corpusDir;
  private final IndexStore store;
  private final ProvisionIndex index;
  // Replaced together after an ingest or reindex; readers see one consistent state.
  private volatile Manifest manifest;
  private volatile Map<String, Integer> counts;
  private volatile ProvisionSearcher searcher;
  private volatile Citator citator;
  private volatile QuoteVerifier verifier;
  private volatile Checker checker;

  private KnowledgeBase(Path corpusDir, IndexStore store) {
    this.corpusDir = corpusDir;
    this.store = store;
    this.index = ProvisionIndex.open(store);
    refresh();
  }

  /** Opens the knowledge base over {@code corpusDir}'s manifest and the index published there. */
  public static KnowledgeBase open(Path corpusDir, Path indexRoot) {
    return new KnowledgeBase(corpusDir, new IndexStore(indexRoot));
  }

  private void refresh() {
    Manifest fresh = Manifest.read(corpusDir);
    counts = index.countsByInstrument(fresh.instruments().stream().map(Instrument::id).toList());
    searcher = new ProvisionSearcher(index, fresh);
    IndexedProvisions provisions = new IndexedProvisions(index);
    citator = new Citator(CitationGrammar.load(fresh.instruments()), provisions);
    verifier = new QuoteVerifier(citator, provisions);
    checker = new Checker(index, fresh);
    manifest = fresh;
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

  /** Liveness plus what is being served. */
  public record Health(String status, int provisions, String snapshot) {}

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
    return new Health("ok", index.size(), index.snapshot());
  }

  public String snapshot() {
    return index.snapshot();
  }

  public List<InstrumentSummary> instruments() {
    return manifest.instruments().stream().map(this::summary).toList();
  }

  public Optional<Instrument> instrumentRecord(String id) {
    return manifest.instrument(id);
  }

  public Optional<InstrumentDetail> instrument(String id) {
    return manifest
        .instrument(id)
        .map(
            instrument ->
                new InstrumentDetail(
                    summary(instrument),
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
    return searcher.search(request);
  }

  /** "More like this": provisions closest in wording, empty when {@code id} does not exist. */
  public Optional<SearchResult> similar(ProvisionId id, int limit) {
    return searcher.similar(id, limit);
  }

  /** Every citation in {@code text}, found and resolved (the cite stage). */
  public CiteResult cite(String text) {
    return new CiteResult(citator.cite(text), snapshot());
  }

  /** One citation string resolved: its first citation, or a 400 entry when it holds none. */
  public CiteResult citeOne(String citation) {
    return new CiteResult(List.of(citator.citeOne(citation)), snapshot());
  }

  /** A quotation checked against the provision it cites. */
  public Verification verify(String quote, String citation) {
    return verifier.verify(quote, citation);
  }

  /** Agreed-language check of a draft: segments, verdicts and precedents. */
  public CheckReport check(CheckRequest request) {
    return checker.check(request);
  }

  /** As {@link #check(CheckRequest)}, adding the time spent per stage to {@code timing}. */
  public CheckReport check(CheckRequest request, CheckTiming timing) {
    return checker.check(request, timing);
  }

  /** The shared index, for the stages behind this facade. */
  public ProvisionIndex index() {
    return index;
  }

  public Manifest manifest() {
    return manifest;
  }

  private InstrumentSummary summary(Instrument i) {
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
