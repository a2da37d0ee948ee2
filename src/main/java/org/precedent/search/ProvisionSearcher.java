package org.precedent.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.HitDetails;
import org.precedent.index.NodeKeys;
import org.precedent.index.ProvisionIndex;
import org.precedent.index.ProvisionView;
import org.precedent.index.ViewReader;

/**
 * Runs searches over the shared index. Totals and facets are counted after collapsing: a provision
 * is dropped when one of its descendants matched at least as well, leaving the smallest citable
 * unit; a parent stays when it matches better, or when only the parent as a whole matches (a NEAR
 * across paragraphs). They are exact up to {@link SearchRequest#COUNTED_MATCHES} matches, and
 * whatever their number when the request asks for an exact total; beyond that the search skips what
 * it can of the matches that cannot reach the page and reports a lower bound. Matches are read
 * through primitive arrays ({@link Ranking}, {@link ReaderColumns}); objects and strings are made
 * for the page alone.
 */
public final class ProvisionSearcher {
  /** Time allowed to collect matches; a broad wildcard over a large corpus must not hang. */
  static final long BUDGET_MILLIS = 3_000;

  private final ProvisionIndex index;
  private final Manifest manifest;
  private final KnownValues known;

  public ProvisionSearcher(ProvisionIndex index, Manifest manifest) {
    this.index = index;
    this.manifest = manifest;
    this.known = new KnownValues(manifest, this::indexedLanguage);
  }

  private boolean indexedLanguage(String language) {
    return index.withSearcher(
        searcher -> searcher.getIndexReader().docFreq(new Term(Fields.LANGUAGE, language)) > 0);
  }

  /**
   * Fills the index's {@link ReaderColumns} ahead of the first search, which would otherwise wait
   * for them: a third of a second over a million provisions in a new JVM.
   */
  public static void prepare(ProvisionIndex index) {
    index.withSearcher(searcher -> ReaderColumns.of(searcher.getIndexReader()));
  }

  public SearchResult search(SearchRequest request) {
    try {
      SearchResult result = run(request);
      return result.total() > FEW ? result : suggesting(request, result);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("a wildcard matches too many words", "use a longer prefix before *");
    }
  }

  /** At most this many matches, and a search offers its query respelled ({@link #suggesting}). */
  static final int FEW = 10;

  /**
   * {@code few} (a search that matched next to nothing) offering its query spelled with words the
   * index holds more often, when that query, under the same filters, matches more: a suggestion
   * that finds no more would send the user from one empty page to another.
   */
  private SearchResult suggesting(SearchRequest request, SearchResult few) {
    Optional<String> suggested =
        index.withSearcher(
            searcher ->
                SpellingSuggestion.of(
                    searcher.getIndexReader(), request.q(), request.mode() == SearchMode.STEMMED));
    if (suggested.isEmpty()) {
      return few;
    }
    SearchResult again;
    try {
      again = run(request.withQuery(suggested.get()));
    } catch (QueryException | IndexSearcher.TooManyClauses e) {
      // The query asked was answered: a respelling that cannot be is not offered.
      return few;
    }
    return again.total() > few.total() ? few.withSuggestion(suggested.get()) : few;
  }

  private SearchResult run(SearchRequest request) {
    QueryNode parsed = QueryParser.parse(request.q());
    known.check(request);
    known.check(parsed);
    List<Query> filters = filters(request);
    List<String> filtered =
        Stream.concat(request.languages().stream(), QueryNode.values(parsed, "language").stream())
            .map(l -> l.strip().toLowerCase(Locale.ROOT))
            .toList();
    return index.withSearcher(
        searcher -> {
          // Compiled against this reader: it decides which languages a stemmed query is read in.
          Languages held = Languages.of(searcher.getIndexReader());
          Languages languages = held.readingIn(filtered);
          SearchResult found = run(searcher, request, parsed, filters, languages);
          if (found.total() > 0
              || request.mode() != SearchMode.STEMMED
              || !QueryNode.quotes(parsed)
              || held.readingAll().equals(languages)) {
            return found;
          }
          // A phrase English reads whole may still be another language's words ("protection des
          // victimes"): found nowhere in English, it is read in each language too. Only a search
          // that found nothing pays for it, and a query with hits is answered as it was.
          return run(searcher, request, parsed, filters, held.readingAll());
        });
  }

  private SearchResult run(
      IndexSearcher searcher,
      SearchRequest request,
      QueryNode parsed,
      List<Query> filters,
      Languages languages)
      throws IOException {
    // Shown to the user: how every match is scored, exact-wording clauses in place.
    Query shown = new QueryCompiler(request.mode(), true, languages).compile(parsed);
    QueryCompiler.Ranked ranked = new QueryCompiler(request.mode(), true, languages).ranked(parsed);
    Query marked = new QueryCompiler(request.mode(), false, languages).compile(parsed);
    IndexSearcher apart = uncached(searcher);
    ExactBonus.Split split = ExactBonus.split(apart, ranked.matching(), ranked.bonuses());
    List<Query> scoredApart = new ArrayList<>(split.apart());
    scoredApart.addAll(ranked.apart());
    BooleanQuery.Builder full = new BooleanQuery.Builder().add(ranked.matching(), Occur.MUST);
    split.inline().forEach(b -> full.add(b, Occur.SHOULD));
    filters.forEach(f -> full.add(f, Occur.FILTER));
    // An annex holds every paragraph of a plan or decision (A/64/L.64's, 21,117 characters):
    // a hit on it cites nothing a drafter can quote, and its paragraphs are hits themselves.
    full.add(WHOLE_ANNEX, Occur.MUST_NOT); // as listed() has it
    Query query = full.build();
    int wanted = request.offset() + request.limit();
    Ranking ranking =
        new Ranking(
            searcher,
            request.sort(),
            wanted,
            MAX_FACET_VALUES,
            scoredApart.isEmpty()
                ? ExactBonus.NONE
                : ExactBonus.of(apart, scoredApart, QueryCompiler.EXACT_SHARE),
            request.exactTotal() ? Integer.MAX_VALUE : SearchRequest.COUNTED_MATCHES);
    collect(searcher, query, ranking);
    Ranking.Result page = ranking.result();
    List<Candidate> best = Candidate.all(searcher, page.best());
    best.sort(order(request.sort()));
    int from = Math.min(request.offset(), best.size());
    int to = Math.min(best.size(), wanted);
    return new SearchResult(
        page.total(),
        page.exact(),
        new SearchResult.Interpretation(
            request.mode().label(), parsed.toString(), shown.toString()),
        hits(searcher, best.subList(from, to), marked),
        facets(page.facetCounts()),
        index.snapshot(),
        null);
  }

  /** Provisions closest in wording to {@code id}, excluding it and its ancestors/descendants. */
  public Optional<SearchResult> similar(ProvisionId id, int limit) {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new QueryException(
          "limit must be between 1 and " + SearchRequest.MAX_LIMIT, "limit=" + limit);
    }
    return index
        .provision(id)
        .map(
            provision ->
                index.withSearcher(
                    searcher -> {
                      Query like = likeThis(searcher, provision);
                      BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, Occur.MUST);
                      b.add(new TermQuery(new Term(Fields.ID, id.toString())), Occur.MUST_NOT);
                      b.add(new PrefixQuery(new Term(Fields.ID, id + "__")), Occur.MUST_NOT);
                      for (String eid : id.ancestorEids()) {
                        Term ancestor = new Term(Fields.ID, id.instrument() + "/" + eid);
                        b.add(new TermQuery(ancestor), Occur.MUST_NOT);
                      }
                      TopDocs top = searcher.search(b.build(), limit * 4);
                      List<Candidate> kept = collapse(Candidate.all(searcher, top));
                      kept.sort(order(SortOrder.RELEVANCE));
                      List<Candidate> page = kept.subList(0, Math.min(limit, kept.size()));
                      return new SearchResult(
                          page.size(),
                          true,
                          new SearchResult.Interpretation("similar", "like " + id, like.toString()),
                          hits(searcher, page, like),
                          Map.of(),
                          index.snapshot(),
                          null);
                    }));
  }

  private static Query likeThis(IndexSearcher searcher, Provision provision) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(Analysis.english());
    mlt.setFieldNames(new String[] {Fields.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(30);
    mlt.setBoost(true);
    return mlt.like(Fields.TEXT, new StringReader(provision.text()));
  }

  /**
   * The shared reader without a query cache, for {@link ExactBonus}: the cache would keep the
   * phrase a bonus filters on as a bitset over every provision, filled by matching the phrase
   * against all of them, the work a bonus scored apart is scored lazily to avoid.
   */
  private static IndexSearcher uncached(IndexSearcher shared) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(null);
    return searcher;
  }

  /**
   * Passes every match to {@code ranking}, within {@link #BUDGET_MILLIS}: a per-request searcher
   * over the shared reader carries the timeout, so the shared searcher itself is never
   * reconfigured.
   */
  private static void collect(IndexSearcher shared, Query query, Ranking ranking)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(new QueryTimeoutImpl(BUDGET_MILLIS));
    searcher.search(query, ranking);
    if (searcher.timedOut()) {
      throw new org.precedent.index.OverBudget(
          "the search ran past its " + BUDGET_MILLIS / 1000 + " s budget",
          "make the query more specific: fewer wildcards or ORs, or a filter");
    }
  }

  private static List<Query> filters(SearchRequest r) {
    List<Query> out = new ArrayList<>();
    out.addAll(anyOf("instrument", r.instruments()));
    out.addAll(anyOf("status", r.statuses()));
    out.addAll(anyOf("kind", r.kinds()));
    out.addAll(anyOf("body", r.bodies()));
    out.addAll(anyOf("language", r.languages()));
    if (r.yearFrom() != null || r.yearTo() != null) {
      int from = r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom();
      int to = r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo();
      out.add(IntPoint.newRangeQuery(Fields.YEAR, from, to));
    }
    return out;
  }

  private static List<Query> anyOf(String field, List<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    values.forEach(v -> b.add(MetadataClauses.of(field, v.strip()), Occur.SHOULD));
    return List.of(b.build());
  }

  /**
   * Drops a candidate when one of its descendants matched at least as well: the smaller unit is the
   * better citation. A parent scoring higher than all its matching descendants (it has more of the
   * words, or the words are spread over its children) stays.
   */
  static List<Candidate> collapse(List<Candidate> all) {
    Map<String, Float> bestDescendant = new HashMap<>();
    for (Candidate c : all) {
      // By string, not ProvisionId, so an id the parser would reject still collapses.
      for (String ancestor : NodeKeys.ancestors(c.id())) {
        bestDescendant.merge(ancestor, c.score(), Math::max);
      }
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      Float child = bestDescendant.get(c.id());
      if (child == null || c.score() > child) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * Relevance leans towards authority: a treaty's score counts up to 25% more than a statement's,
   * so among provisions that match about as well, the binding wording comes first (a drafter's
   * first question), while a much better match from a lesser source still ranks above it.
   */
  static final double AUTHORITY_PRIOR = 0.25;

  /** An annex as a whole ("annex", "annex_ii"), which search never lists. */
  private static final Query WHOLE_ANNEX =
      new RegexpQuery(new Term(Fields.EID, "annex(_[a-z0-9]+)?"));

  /** {@code matching} without the provisions search never lists (an annex as a whole). */
  static Query listed(Query matching) {
    return new BooleanQuery.Builder()
        .add(matching, Occur.MUST)
        .add(WHOLE_ANNEX, Occur.MUST_NOT)
        .build();
  }

  static double weighted(Candidate c) {
    return weighted(c.score(), c.authority());
  }

  static double weighted(float score, long authority) {
    long rank = Math.min(authority, 6);
    return score * (1 + AUTHORITY_PRIOR * (6 - rank) / 6.0);
  }

  static Comparator<Candidate> order(SortOrder sort) {
    Comparator<Candidate> byScore = Comparator.comparingDouble((Candidate c) -> -weighted(c));
    Comparator<Candidate> byDate = Comparator.comparingLong((Candidate c) -> -c.date());
    Comparator<Candidate> byAuthority = Comparator.comparingLong(Candidate::authority);
    Comparator<Candidate> primary =
        switch (sort) {
          case RELEVANCE -> byScore.thenComparing(byAuthority).thenComparing(byDate);
          case DATE -> byDate.thenComparing(byScore);
          case AUTHORITY -> byAuthority.thenComparing(byScore).thenComparing(byDate);
        };
    return primary.thenComparing(Candidate::id);
  }

  private List<Hit> hits(IndexSearcher searcher, List<Candidate> page, Query marked)
      throws IOException {
    SnippetWriter snippets = new SnippetWriter(searcher, marked);
    // A hit is read from doc values alone: the stored record (provenance, children, attributes)
    // is for lookups, and reading it cost a search a block decompression and a JSON parse a hit.
    ViewReader views = new ViewReader(searcher);
    record Shown(ProvisionView view, HitDetails details) {}
    // Read in rising doc order, as a ViewReader reads best, then listed in the page's order.
    Map<Integer, Shown> shown = new HashMap<>();
    for (int doc : page.stream().mapToInt(Candidate::doc).sorted().toArray()) {
      shown.put(doc, new Shown(views.view(doc), views.details(doc)));
    }
    List<Hit> out = new ArrayList<>();
    for (Candidate c : page) {
      Shown one = shown.get(c.doc());
      ProvisionView p = one.view();
      HitDetails more = one.details();
      Optional<Instrument> instrument = manifest.instrument(p.instrument());
      out.add(
          new Hit(
              p.id().toString(),
              p.instrument(),
              p.id().eid(),
              p.citation(),
              instrument.map(Instrument::title).orElse(p.instrument()),
              p.status().label(),
              instrument.map(Instrument::date).orElse(null),
              p.text(),
              snippets.snippet(c.doc(), p.text()),
              // The value relevance order sorts by, so a caller sees scores fall down the page.
              (float) weighted(c),
              more.concepts(),
              more.heading()));
    }
    return out;
  }

  /**
   * Values per facet beyond which only the most frequent are listed: over a million provisions the
   * instrument facet of a broad query would otherwise list thousands of instruments in every
   * answer.
   */
  static final int MAX_FACET_VALUES = 200;

  private static Map<String, Map<String, Integer>> facets(List<Map<String, Integer>> counts) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (int f = 0; f < Candidate.FACETS.size(); f++) {
      String facet = Candidate.FACETS.get(f);
      Comparator<Map.Entry<String, Integer>> byCount =
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey());
      List<Map.Entry<String, Integer>> listed =
          counts.get(f).entrySet().stream().sorted(byCount).limit(MAX_FACET_VALUES).toList();
      if (facet.equals("year")) {
        listed = listed.stream().sorted(Map.Entry.comparingByKey()).toList();
      }
      Map<String, Integer> sorted = new LinkedHashMap<>();
      listed.forEach(e -> sorted.put(e.getKey(), e.getValue()));
      out.put(facet, sorted);
    }
    return out;
  }
}
