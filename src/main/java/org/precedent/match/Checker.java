package org.precedent.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;
import org.precedent.index.Analysis;
import org.precedent.index.Concepts;
import org.precedent.index.Fields;
import org.precedent.index.ProvisionIndex;
import org.precedent.index.ProvisionView;
import org.precedent.index.TextKey;
import org.precedent.index.ViewReader;

/**
 * The agreed-language check: segment, normalise, fetch candidates for agreed sources and for the
 * rest in separate lists (so drafts never crowd adopted text out of the candidate list), align,
 * rank and judge. Work per segment is bounded: a fixed number of candidates, each aligned in a
 * window.
 */
public final class Checker {
  /**
   * Time a check may take. Work per segment is bounded, so only a very long draft over a very large
   * corpus reaches it (the 128 segments of the first draft take about a quarter of a second on the
   * shipped corpus).
   */
  static final long BUDGET_MILLIS = 30_000;

  private static final int AGREED_SHINGLE_TOP = 24;
  private static final int AGREED_WORD_TOP = 12;
  private static final int OTHER_SHINGLE_TOP = 8;
  private static final int OTHER_WORD_TOP = 2;

  /** Agreed provisions fetched for the concepts a segment states, when its wording found none. */
  private static final int CONCEPT_TOP = 8;

  private static final double MIN_LISTED_COVERAGE = 0.1;

  /**
   * A shingle query's list holding no more than one text for every this many places is crowded by
   * copies ({@link #crowding}). Texts are copied word for word from resolution to resolution, and
   * copies hold the same runs, score alike and come one after the other: at a million provisions,
   * copies of one OCR-damaged preambular paragraph ("1ack of socio-economic opportunities") took
   * all 24 agreed places, and a variant closer to the segment was not aligned. Asked again only
   * when no candidate is close ({@link #NEAR_VERBATIM}): lists are crowded so in many segments
   * there, and a second query costs a segment about what its first did.
   */
  private static final int PLACES_PER_TEXT = 4;

  /**
   * Similarity of a candidate aligning nearly word for word: with one, a crowded list is not asked
   * again, for no other text can be much closer.
   */
  private static final double NEAR_VERBATIM = 0.95;

  /**
   * Fewest consecutive words of a segment, left out by the alignment of every candidate its
   * shingles brought, that are sought again on their own. A segment spliced from two texts can have
   * its rarest runs all in one part: the copies of that part then fill every place in the lists,
   * and the source of the other part, however much of the segment it holds, is never aligned. The
   * runs of the part left out bring it. Eight words hold five runs of four, enough for a query of
   * their own.
   */
  private static final int RESIDUAL_WORDS = 8;

  /**
   * Coverage of the segment by one shingle candidate past which the word query is not asked: it
   * finds provisions sharing words but few exact runs, which cannot align better than one that
   * already covers this much, and on a large corpus it is the costlier query.
   */
  private static final double SETTLED_COVERAGE = 0.8;

  private final ProvisionIndex index;
  private final Manifest manifest;
  private final Segmenter segmenter = new Segmenter();
  private final Normaliser normaliser = new Normaliser();
  private final LineEndHyphens hyphens = new LineEndHyphens(normaliser);
  private final CandidateFinder finder = new CandidateFinder();
  private final WeightDiffer weights = new WeightDiffer();
  private final Judge judge = new Judge(weights);
  private final PrecedentRanker ranker = new PrecedentRanker(weights);
  private final boolean exhaustive;
  private final StoredProvisions stored = new StoredProvisions(normaliser);
  private final Concepts concepts = Concepts.standard();

  private final long budgetMillis;

  public Checker(ProvisionIndex index, Manifest manifest) {
    this(index, manifest, false, BUDGET_MILLIS);
  }

  Checker(ProvisionIndex index, Manifest manifest, boolean exhaustive, long budgetMillis) {
    this.index = index;
    this.manifest = manifest;
    this.exhaustive = exhaustive;
    this.budgetMillis = budgetMillis;
  }

  /**
   * The reference the candidate stage is measured against: every provision passing the filters is
   * aligned, not just the candidates the index proposes. Far too slow to serve; the benchmark and
   * the recall test compare the normal check with it.
   */
  public static Checker exhaustive(ProvisionIndex index, Manifest manifest) {
    return new Checker(index, manifest, true, Long.MAX_VALUE / 2_000_000L);
  }

  public Normaliser normaliser() {
    return normaliser;
  }

  public CheckReport check(CheckRequest request) {
    return check(request, CheckTiming.NONE);
  }

  /** As {@link #check(CheckRequest)}, adding the time spent in each stage to {@code timing}. */
  public CheckReport check(CheckRequest request, CheckTiming timing) {
    Filters filters = Filters.of(request);
    List<Segment> segments = segmenter.segment(request.text());
    return index.withSearcher(
        searcher -> {
          long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
          java.util.concurrent.atomic.AtomicInteger done =
              new java.util.concurrent.atomic.AtomicInteger();
          List<SegmentCheck> out =
              ParallelSegments.run(
                  segments.size(),
                  () -> {
                    Request state = new Request(searcher, timing);
                    return i -> {
                      if (System.nanoTime() > deadline) {
                        throw new org.precedent.index.OverBudget(
                            "the check ran past its " + budgetMillis / 1000.0 + " s budget",
                            "checked "
                                + done.get()
                                + " of "
                                + segments.size()
                                + " segments; send a shorter draft");
                      }
                      SegmentCheck checked = check(state, segments.get(i), filters);
                      done.incrementAndGet();
                      return checked;
                    };
                  });
          return new CheckReport(out, CheckReport.Summary.of(out), index.snapshot());
        });
  }

  /**
   * Per-thread caches of one check: a provision is read and normalised once however many of the
   * thread's segments hit it. Not thread-safe: each thread checking a draft has its own.
   */
  private final class Request {
    final IndexSearcher searcher;
    final CheckTiming timing;
    final Vocabulary vocabulary;
    final TermLookup terms;
    final Aligner aligner;
    final Map<Integer, Prepared> prepared = new HashMap<>();

    /**
     * The exhaustive reference's word ids by doc. It reads every provision for every segment, and
     * keeps no {@link Prepared} (text, tokens and ids): at a million provisions those took
     * gigabytes per thread, and even the ones whose alignment a segment keeps (common wording
     * aligns with a large share of the corpus) filled the heap over a whole draft.
     */
    private final Map<Integer, int[]> idsOnly = new HashMap<>();

    /**
     * Word ids by normalised text: provisions holding the same text share one {@link Normalised}
     * ({@link StoredProvisions}), and so one array of ids, by which a segment aligns it once. Not
     * for the exhaustive reference, which would keep every provision's words.
     */
    private final Map<Normalised, int[]> idsByWords = new java.util.IdentityHashMap<>();

    /** By word id: the stamp of the last provision {@link #shared} saw the word in. */
    private int[] seen = new int[1024];

    private int stamp;

    /** Candidates are read through it in rising doc order where they can be ({@link #read}). */
    private final ViewReader views;

    Request(IndexSearcher searcher, CheckTiming timing) {
      this.searcher = searcher;
      this.views = new ViewReader(searcher);
      this.timing = timing;
      this.terms = new TermLookup(searcher);
      this.vocabulary = new Vocabulary(WordWeights.of(searcher.getIndexReader())::weight);
      this.aligner = new Aligner(vocabulary);
    }

    /**
     * Whether the corpus reads {@code first} and {@code second} as one word, not as two: more of
     * its provisions hold them joined ("physical") than hold them apart ("non-governmental").
     */
    boolean saysJoined(String first, String second) {
      try {
        org.apache.lucene.util.BytesRef one =
            Analysis.exact().normalize(Fields.TEXT_EXACT, first + second);
        int joined = searcher.getIndexReader().docFreq(new Term(Fields.TEXT_EXACT, one));
        if (joined == 0) {
          return false;
        }
        PhraseQuery apart =
            new PhraseQuery(
                Fields.TEXT_EXACT,
                Analysis.exact().normalize(Fields.TEXT_EXACT, first),
                Analysis.exact().normalize(Fields.TEXT_EXACT, second));
        return joined > searcher.count(apart);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    Prepared prepared(int doc) throws java.io.IOException {
      Prepared p = prepared.get(doc);
      if (p == null) {
        StoredProvisions.Stored s = stored.get(views, doc);
        ProvisionView provision = s.provision();
        Normalised words = s.words();
        String date =
            manifest.instrument(provision.instrument()).map(Instrument::date).orElse(null);
        // The exhaustive reference keeps no words by text (idsByWords): over a whole draft it
        // kept every candidate's, gigabytes at a million provisions.
        p = new Prepared(provision, date, words, exhaustive ? ids(doc) : ids(words));
        if (!exhaustive) {
          prepared.put(doc, p);
        }
      }
      return p;
    }

    /**
     * The word ids of a provision. The exhaustive reference keeps only these, and prepares a
     * provision in full, uncached, only when a segment keeps its alignment.
     */
    int[] ids(int doc) throws java.io.IOException {
      if (!exhaustive) {
        return prepared(doc).ids();
      }
      int[] known = idsOnly.get(doc);
      if (known == null) {
        known = vocabulary.ids(stored.get(views, doc).words().tokens());
        idsOnly.put(doc, known);
      }
      return known;
    }

    /** The words of the provision at {@code doc}, read again: see {@link Candidate#words()}. */
    Normalised reread(int doc) {
      return stored.get(views, doc).words();
    }

    /**
     * Reads the provisions at {@code docs} not read yet, in rising doc order: a {@link ViewReader}
     * read in any other order opens its doc values again at each step back.
     */
    void read(List<Integer> docs) throws java.io.IOException {
      if (exhaustive) {
        return;
      }
      int[] unread = docs.stream().filter(d -> !prepared.containsKey(d)).mapToInt(d -> d).toArray();
      java.util.Arrays.sort(unread);
      for (int doc : unread) {
        prepared(doc);
      }
    }

    private int[] ids(Normalised words) {
      return idsByWords.computeIfAbsent(words, w -> vocabulary.ids(w.tokens()));
    }

    /**
     * How many of the segment's words ({@code ids}, repeats counted) occur in the provision. Its
     * words are marked with a fresh stamp per call rather than kept as a set per provision: such a
     * set is sized by the check's whole vocabulary, allocated for each of the thousands of
     * candidates a check reads.
     */
    int shared(int[] ids, int[] provisionIds) {
      stamp++;
      for (int id : provisionIds) {
        if (id >= seen.length) {
          seen = java.util.Arrays.copyOf(seen, Math.max(id + 1, 2 * seen.length));
        }
        seen[id] = stamp;
      }
      int n = 0;
      for (int id : ids) {
        n += id < seen.length && seen[id] == stamp ? 1 : 0;
      }
      return n;
    }
  }

  private record Prepared(ProvisionView provision, String date, Normalised words, int[] ids) {}

  /**
   * The concepts {@code p} states of those a segment states, sorted. Worked out only for a segment
   * that states some: most state none, and tagging every candidate would cost a check more.
   */
  private List<String> sharedConcepts(Prepared p, Set<String> stated) {
    if (stated.isEmpty()) {
      return List.of();
    }
    return concepts.tag(p.provision().text()).stream().filter(stated::contains).toList();
  }

  /** Aligned candidates close enough to list, for agreed sources and for the rest. */
  private record Found(List<Candidate> agreed, List<Candidate> other) {}

  private SegmentCheck check(Request state, Segment segment, Filters filters)
      throws java.io.IOException {
    Normalised words =
        hyphens.join(segment.text(), normaliser.normalise(segment.text()), state::saysJoined);
    List<Normalisation> normalised = new ArrayList<>();
    if (!segment.label().isEmpty()) {
      normalised.add(new Normalisation("label", segment.label(), ""));
    }
    normalised.addAll(words.normalisations());
    int[] ids = state.vocabulary.ids(words.tokens());
    boolean[] boiler = words.boilerplate();
    // A segment going against a concept is set beside the provisions stating it, as one stating
    // it is: "Trafficked persons shall be prosecuted." must meet Principle 7, which it reverses.
    Set<String> stated = new java.util.TreeSet<>(concepts.tag(segment.text()));
    Set<String> denied = concepts.denied(segment.text(), stated);
    stated.addAll(denied);
    Wanted wanted =
        new Wanted(segment, words, ids, boiler, stated, denied, new java.util.IdentityHashMap<>());
    Found found = candidates(state, wanted, filters);
    QuotedTreaty.Listed listed =
        QuotedTreaty.settle(
            ranker.listed(found.agreed(), found.other(), stated, denied),
            found.agreed(),
            (quote, treaty) ->
                state.aligner.align(
                    state.vocabulary.ids(quote),
                    new boolean[quote.size()],
                    state.vocabulary.ids(treaty)));
    List<Candidate> chosen = listed.precedents();
    long judging = state.timing.start();
    List<Precedent> precedents = new ArrayList<>();
    List<Judge.Assessment> assessments = new ArrayList<>();
    // Copies of one text share their alignment (see align), and so what it changes.
    Map<Alignment, Judge.Reading> readings = new java.util.IdentityHashMap<>();
    for (Candidate c : chosen) {
      Judge.Reading reading =
          readings.computeIfAbsent(c.alignment(), x -> judge.read(c, words, segment.text()));
      Judge.Assessment a = judge.assess(c, reading, adoption(c.provision().instrument()));
      // A quotation of a treaty listed before it is judged by the treaty's wording.
      if (!listed.quoting().contains(c)) {
        assessments.add(a);
      }
      precedents.add(a.precedent());
    }
    Verdict verdict = judge.verdict(words, assessments);
    state.timing.diff(judging);
    return new SegmentCheck(
        segment.text(),
        segment.start(),
        segment.end(),
        segment.label(),
        verdict,
        precedents,
        normalised,
        List.copyOf(denied));
  }

  /**
   * The instrument {@code instrument} was adopted as, where the corpus records it (the links of its
   * manifest entry): a delegate reading "only in drafts" for a paragraph of A/64/L.64 must learn
   * that the General Assembly adopted that draft, and whether its adopted text is here to compare.
   */
  private Precedent.Adoption adoption(String instrument) {
    return manifest
        .instrument(instrument)
        .map(i -> i.links().get("adoptedAs"))
        .flatMap(manifest::instrument)
        .map(a -> new Precedent.Adoption(a.id(), a.symbol(), a.title(), a.hasText()))
        .orElse(null);
  }

  /**
   * What a segment's candidates are sought for: its words and the concepts it states or goes
   * against ({@code stated}), those it goes against also in {@code denied}. {@code aligned} keeps
   * the segment's alignment with each text aligned so far, by its word ids: a text held by several
   * candidates aligns the same with each.
   */
  private record Wanted(
      Segment segment,
      Normalised words,
      int[] ids,
      boolean[] boiler,
      Set<String> stated,
      Set<String> denied,
      Map<int[], Alignment> aligned) {}

  /**
   * Candidates for both status groups, aligned. The shingle query comes first, asked again without
   * the copied texts crowding a group's list ({@link #crowding}); the word query is asked only for
   * a group whose shingle candidates left the segment unsettled, and the concept query only when no
   * agreed wording came close to a segment stating a concept, or for a segment going against one.
   */
  private Found candidates(Request state, Wanted w, Filters f) throws java.io.IOException {
    if (w.ids().length == 0) {
      return new Found(List.of(), List.of());
    }
    if (exhaustive) {
      return new Found(
          alignEach(state, w, everyDoc(state.searcher, f.agreed())),
          alignEach(state, w, everyDoc(state.searcher, f.other())));
    }
    String text = w.segment().text();
    List<Token> tokens = w.words().tokens();
    CandidateFinder.Search search = new CandidateFinder.Search(state.terms, f.any());
    long fetching = state.timing.start();
    SplitTopHits.Hits shingles =
        finder.byShingles(
            search,
            text,
            tokens,
            f.agreed() == null ? 0 : AGREED_SHINGLE_TOP,
            f.other() == null ? 0 : OTHER_SHINGLE_TOP);
    state.timing.candidates(fetching);
    Gathered found = new Gathered();
    found.add(state, w, shingles);
    // A list crowded by copies of a few texts is asked again without them, for the texts that
    // would have come next: a closer variant of the segment may be among them.
    List<String> agreedCopies =
        crowding(
            state, shingles.agreed(), found.agreed, f.agreed() == null ? 0 : AGREED_SHINGLE_TOP);
    List<String> otherCopies =
        crowding(state, shingles.other(), found.other, f.other() == null ? 0 : OTHER_SHINGLE_TOP);
    if (!agreedCopies.isEmpty() || !otherCopies.isEmpty()) {
      List<String> copied = new ArrayList<>(agreedCopies);
      copied.addAll(otherCopies);
      fetching = state.timing.start();
      SplitTopHits.Hits more =
          finder.byShingles(
              search.without(copied),
              text,
              tokens,
              agreedCopies.isEmpty() ? 0 : AGREED_SHINGLE_TOP,
              otherCopies.isEmpty() ? 0 : OTHER_SHINGLE_TOP);
      state.timing.candidates(fetching);
      found.add(state, w, more);
    }
    int[] gap = longestUnaligned(tokens.size(), found.agreed, found.other);
    if (gap[1] - gap[0] >= RESIDUAL_WORDS && gap[1] - gap[0] < tokens.size()) {
      fetching = state.timing.start();
      SplitTopHits.Hits rest =
          finder.byShingles(
              search,
              CandidateFinder.only(text, tokens.get(gap[0]).start(), tokens.get(gap[1] - 1).end()),
              tokens,
              f.agreed() == null ? 0 : AGREED_SHINGLE_TOP,
              f.other() == null ? 0 : OTHER_SHINGLE_TOP);
      state.timing.candidates(fetching);
      found.add(state, w, rest);
    }
    int agreedWords = f.agreed() == null || settled(found.agreed) ? 0 : AGREED_WORD_TOP;
    int otherWords = f.other() == null || settled(found.other) ? 0 : OTHER_WORD_TOP;
    if (agreedWords + otherWords > 0) {
      fetching = state.timing.start();
      SplitTopHits.Hits more = finder.byWords(search, text, tokens, agreedWords, otherWords);
      state.timing.candidates(fetching);
      found.add(state, w, more);
    }
    // Close wording settles a segment stating a concept; one going against it still needs the
    // provisions stating it, which its wording rarely brings ("shall not be detained, charged or").
    if (!w.stated().isEmpty()
        && f.agreed() != null
        && (!w.denied().isEmpty() || !close(found.agreed))) {
      fetching = state.timing.start();
      SplitTopHits.Hits stating = finder.byConcepts(search, w.stated(), text, tokens, CONCEPT_TOP);
      state.timing.candidates(fetching);
      found.agreed.addAll(paraphrases(state, w, stating.agreed(), found.agreed));
    }
    return new Found(found.agreed, found.other);
  }

  /**
   * A segment's aligned candidates of both groups as its queries bring them, and every provision
   * fetched so far: a provision that a later query brings again is not aligned again.
   */
  private final class Gathered {
    final List<Candidate> agreed = new ArrayList<>();
    final List<Candidate> other = new ArrayList<>();
    private final List<Integer> seenAgreed = new ArrayList<>();
    private final List<Integer> seenOther = new ArrayList<>();

    void add(Request state, Wanted w, SplitTopHits.Hits hits) throws java.io.IOException {
      agreed.addAll(alignEach(state, w, unseen(hits.agreed(), seenAgreed)));
      other.addAll(alignEach(state, w, unseen(hits.other(), seenOther)));
      seenAgreed.addAll(hits.agreed());
      seenOther.addAll(hits.other());
    }
  }

  /**
   * The longest run of the segment's words [from, to) that no aligned candidate covers; the whole
   * segment when none aligned.
   */
  private static int[] longestUnaligned(int words, List<Candidate> agreed, List<Candidate> other) {
    boolean[] covered = new boolean[words];
    for (List<Candidate> group : List.of(agreed, other)) {
      for (Candidate c : group) {
        for (Alignment.Piece piece : c.alignment().pieces()) {
          java.util.Arrays.fill(covered, piece.aStart(), Math.min(words, piece.aEnd()), true);
        }
      }
    }
    int[] best = {0, 0};
    for (int from = 0; from < words; from++) {
      if (covered[from]) {
        continue;
      }
      int to = from;
      while (to < words && !covered[to]) {
        to++;
      }
      if (to - from > best[1] - best[0]) {
        best = new int[] {from, to};
      }
      from = to;
    }
    return best;
  }

  /** An agreed candidate covers enough of the segment to be its textual precedent. */
  private static boolean close(List<Candidate> aligned) {
    return aligned.stream().anyMatch(c -> c.alignment().covers(Judge.CLOSE));
  }

  /**
   * Provisions stating the segment's concepts that its wording did not bring, each set against the
   * segment as a whole: a paraphrase aligns only in scraps, and the reader needs the whole
   * provision beside the segment. Word counts stay those of the real alignment, so coverage and
   * similarity never credit the paraphrase with words it does not share.
   */
  private List<Candidate> paraphrases(
      Request state, Wanted w, List<Integer> docs, List<Candidate> listed)
      throws java.io.IOException {
    List<Candidate> out = new ArrayList<>();
    for (int doc : docs) {
      Prepared p = state.prepared(doc);
      boolean present =
          listed.stream().anyMatch(c -> c.provision().id().equals(p.provision().id()));
      List<String> shared =
          present || p.ids().length == 0 ? List.of() : sharedConcepts(p, w.stated());
      if (shared.isEmpty()) {
        continue;
      }
      Alignment a = state.aligner.align(w.ids(), w.boiler(), p.ids());
      Alignment whole =
          new Alignment(
              List.of(new Alignment.Piece(0, w.ids().length, 0, p.ids().length)),
              a.exact(),
              a.near(),
              a.matchedContent(),
              w.ids().length,
              a.contentSize(),
              a.matchedWeight(),
              a.segmentWeight(),
              state.aligner.weight(p.ids()));
      out.add(new Candidate(p.provision(), p.date(), p.words(), whole, shared));
    }
    return out;
  }

  /**
   * Some candidate already covers the segment, in its words and in their weight: a word-only match
   * cannot align better. Counted in words alone, Principle 1 settled "Trafficked persons shall be
   * prosecuted." with four of its five words, all but the one that matters, and Principle 7, which
   * it reverses, was never sought.
   */
  private static boolean settled(List<Candidate> aligned) {
    return aligned.stream()
        .anyMatch(
            c ->
                c.alignment().coverage() >= SETTLED_COVERAGE
                    && c.alignment().weightCoverage() >= SETTLED_COVERAGE);
  }

  /**
   * The texts crowding a full list of {@code top} places ({@code docs}, {@code aligned} those of
   * them aligned and kept): each held by two or more of its places, when the list holds no more
   * than one text for every {@link #PLACES_PER_TEXT} places and none aligns nearly word for word.
   * Their keys ({@link TextKey}); none when the list is not so crowded.
   */
  private static List<String> crowding(
      Request state, List<Integer> docs, List<Candidate> aligned, int top)
      throws java.io.IOException {
    if (top == 0
        || docs.size() < top
        || aligned.stream().anyMatch(c -> c.alignment().similarity() >= NEAR_VERBATIM)) {
      return List.of();
    }
    // Copies of one text share its words ({@link StoredProvisions}): each text's key is worked out
    // once, not once for every copy in the list.
    Map<Normalised, Integer> copies = new java.util.IdentityHashMap<>();
    Map<Normalised, String> texts = new java.util.IdentityHashMap<>();
    for (int doc : docs) {
      Prepared p = state.prepared(doc);
      copies.merge(p.words(), 1, Integer::sum);
      texts.putIfAbsent(p.words(), p.provision().text());
    }
    Map<String, Integer> places = new HashMap<>();
    copies.forEach(
        (words, n) ->
            TextKey.of(texts.get(words)).ifPresent(k -> places.merge(k, n, Integer::sum)));
    if (places.size() * PLACES_PER_TEXT > top) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    places.forEach(
        (key, n) -> {
          if (n > 1) {
            keys.add(key);
          }
        });
    return keys;
  }

  private static List<Integer> unseen(List<Integer> docs, List<Integer> seen) {
    return docs.stream().filter(d -> !seen.contains(d)).toList();
  }

  /** {@code docs} that share enough words with the segment, aligned; those close enough kept. */
  private List<Candidate> alignEach(Request state, Wanted w, List<Integer> docs)
      throws java.io.IOException {
    int[] ids = w.ids();
    long fetching = state.timing.start();
    List<Integer> fetched = new ArrayList<>(docs.size());
    List<int[]> fetchedIds = new ArrayList<>(docs.size());
    state.read(docs);
    for (int doc : docs) {
      int[] provisionIds = state.ids(doc);
      if (state.shared(ids, provisionIds) >= Math.max(3, MIN_LISTED_COVERAGE * ids.length)) {
        // fewer words in common can never be listed, whatever the alignment
        fetched.add(doc);
        fetchedIds.add(provisionIds);
      }
    }
    state.timing.candidates(fetching);
    long aligning = state.timing.start();
    List<Candidate> out = new ArrayList<>();
    for (int f = 0; f < fetched.size(); f++) {
      int doc = fetched.get(f);
      Alignment a = align(state, w, fetchedIds.get(f));
      if (!a.isEmpty()
          && a.exact() >= 2
          && a.matchedContent() >= Math.min(3, a.contentSize())
          && a.coverage() >= MIN_LISTED_COVERAGE) {
        Prepared p = state.prepared(doc);
        List<String> shared = sharedConcepts(p, w.stated());
        out.add(
            exhaustive
                ? new Candidate(p.provision(), p.date(), () -> state.reread(doc), a, shared)
                : new Candidate(p.provision(), p.date(), p.words(), a, shared));
      }
    }
    state.timing.alignment(aligning);
    return out;
  }

  /**
   * The segment aligned with a provision's words {@code b}, once per text. The exhaustive reference
   * keeps no alignment: it aligns every provision, and would keep one for each.
   */
  private Alignment align(Request state, Wanted w, int[] b) {
    if (exhaustive) {
      return state.aligner.align(w.ids(), w.boiler(), b);
    }
    return w.aligned().computeIfAbsent(b, x -> state.aligner.align(w.ids(), w.boiler(), x));
  }

  /** Every doc passing {@code filter}; none for a null filter (no status of the group allowed). */
  private static List<Integer> everyDoc(IndexSearcher searcher, Query filter)
      throws java.io.IOException {
    List<Integer> out = new ArrayList<>();
    if (filter == null) {
      return out;
    }
    searcher.search(
        new org.apache.lucene.search.ConstantScoreQuery(filter),
        new org.apache.lucene.search.SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            out.add(base + doc);
          }

          @Override
          public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return out;
  }
}
