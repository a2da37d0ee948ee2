package org.precedent.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;
import org.precedent.corpus.Provision;
import org.precedent.corpus.Status;
import org.precedent.index.Fields;
import org.precedent.index.ProvisionIndex;

/**
 * The agreed-language check: segment, normalise, fetch candidates for agreed sources and for the
 * rest separately (so drafts never crowd adopted text out of the candidate list), align, rank and
 * judge. Work per segment is bounded: a fixed number of candidates, each aligned in a window.
 */
public final class Checker {
  static final int MAX_PRECEDENTS = 5;

  /**
   * Time a check may take. Work per segment is bounded, so only a very long draft over a very large
   * corpus reaches it (a 100-paragraph draft takes about half a second on the shipped corpus).
   */
  static final long BUDGET_MILLIS = 30_000;

  private static final int AGREED_SHINGLE_TOP = 12;
  private static final int AGREED_WORD_TOP = 12;
  private static final int OTHER_SHINGLE_TOP = 8;
  private static final int OTHER_WORD_TOP = 2;
  private static final double MIN_LISTED_COVERAGE = 0.1;

  private final ProvisionIndex index;
  private final Manifest manifest;
  private final Segmenter segmenter = new Segmenter();
  private final Normaliser normaliser = new Normaliser();
  private final CandidateFinder finder = new CandidateFinder();
  private final Judge judge = new Judge(new WeightDiffer());
  private final boolean exhaustive;
  private final StoredProvisions stored = new StoredProvisions(normaliser);

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
    Set<Status> allowed = statuses(request.statuses());
    Set<Status> agreed = EnumSet.noneOf(Status.class);
    Set<Status> other = EnumSet.noneOf(Status.class);
    allowed.forEach(s -> (s.isAgreedSource() ? agreed : other).add(s));
    Query agreedFilter = filter(agreed, request.exclude());
    Query otherFilter = filter(other, request.exclude());
    List<Segment> segments = segmenter.segment(request.text());
    return index.withSearcher(
        searcher -> {
          Request state = new Request(searcher, timing);
          List<SegmentCheck> out = new ArrayList<>();
          long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
          for (Segment segment : segments) {
            if (System.nanoTime() > deadline) {
              throw new org.precedent.index.OverBudget(
                  "the check ran past its " + budgetMillis / 1000.0 + " s budget",
                  "checked "
                      + out.size()
                      + " of "
                      + segments.size()
                      + " segments; send a shorter"
                      + " draft");
            }
            out.add(check(state, segment, agreedFilter, otherFilter));
          }
          return new CheckReport(out, summary(out), index.snapshot());
        });
  }

  /** Per-request caches: a provision is read and normalised once however many segments hit it. */
  private final class Request {
    final IndexSearcher searcher;
    final CheckTiming timing;
    final Vocabulary vocabulary = new Vocabulary();
    final Map<Term, TermStates> termStatistics = new HashMap<>();
    final Aligner aligner = new Aligner(vocabulary);
    final Map<Integer, Prepared> prepared = new HashMap<>();

    Request(IndexSearcher searcher, CheckTiming timing) {
      this.searcher = searcher;
      this.timing = timing;
    }

    Prepared prepared(int doc) throws java.io.IOException {
      Prepared p = prepared.get(doc);
      if (p == null) {
        StoredProvisions.Stored s = stored.get(searcher, doc);
        Provision provision = s.provision();
        Normalised words = s.words();
        String date =
            manifest.instrument(provision.instrument()).map(Instrument::date).orElse(null);
        int[] ids = vocabulary.ids(words.tokens());
        java.util.BitSet present = new java.util.BitSet();
        for (int id : ids) {
          present.set(id);
        }
        p = new Prepared(provision, date, words, ids, present);
        prepared.put(doc, p);
      }
      return p;
    }
  }

  private record Prepared(
      Provision provision, String date, Normalised words, int[] ids, java.util.BitSet present) {}

  private static int shared(int[] ids, java.util.BitSet present) {
    int n = 0;
    for (int id : ids) {
      n += present.get(id) ? 1 : 0;
    }
    return n;
  }

  private SegmentCheck check(Request state, Segment segment, Query agreed, Query other)
      throws java.io.IOException {
    Normalised words = normaliser.normalise(segment.text());
    List<Normalisation> normalised = new ArrayList<>();
    if (!segment.label().isEmpty()) {
      normalised.add(new Normalisation("label", segment.label(), ""));
    }
    normalised.addAll(words.normalisations());
    int[] ids = state.vocabulary.ids(words.tokens());
    boolean[] boiler = new boolean[ids.length];
    for (int i = 0; i < ids.length; i++) {
      boiler[i] = words.tokens().get(i).boilerplate();
    }
    List<Candidate> agreedHits =
        aligned(state, segment, words, ids, boiler, agreed, AGREED_SHINGLE_TOP, AGREED_WORD_TOP);
    List<Candidate> otherHits =
        aligned(state, segment, words, ids, boiler, other, OTHER_SHINGLE_TOP, OTHER_WORD_TOP);
    int fromOthers = Math.min(2, otherHits.size());
    List<Candidate> chosen = new ArrayList<>();
    chosen.addAll(agreedHits.subList(0, Math.min(agreedHits.size(), MAX_PRECEDENTS - fromOthers)));
    chosen.addAll(otherHits.subList(0, Math.min(otherHits.size(), MAX_PRECEDENTS - chosen.size())));
    long judging = state.timing.start();
    List<Precedent> precedents = new ArrayList<>();
    List<Judge.Assessment> assessments = new ArrayList<>();
    for (Candidate c : chosen) {
      Judge.Assessment a = judge.assess(c, words, segment.text());
      assessments.add(a);
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
        normalised);
  }

  /**
   * Candidates passing {@code filter}, aligned, listed if close enough, best first, deduplicated.
   */
  private List<Candidate> aligned(
      Request state,
      Segment segment,
      Normalised words,
      int[] ids,
      boolean[] boiler,
      Query filter,
      int shingleTop,
      int wordTop)
      throws java.io.IOException {
    if (filter == null || ids.length == 0) {
      return List.of();
    }
    long fetching = state.timing.start();
    List<Integer> docs =
        exhaustive
            ? everyDoc(state.searcher, filter)
            : finder.find(
                state.searcher,
                state.termStatistics,
                segment.text(),
                words.tokens(),
                filter,
                shingleTop,
                wordTop);
    List<Prepared> fetched = new ArrayList<>(docs.size());
    for (int doc : docs) {
      Prepared p = state.prepared(doc);
      if (shared(ids, p.present()) >= Math.max(3, MIN_LISTED_COVERAGE * ids.length)) {
        fetched.add(p); // fewer words in common can never be listed, whatever the alignment
      }
    }
    state.timing.candidates(fetching);
    long aligning = state.timing.start();
    List<Candidate> out = new ArrayList<>();
    for (Prepared p : fetched) {
      Alignment a = state.aligner.align(ids, boiler, p.ids());
      if (!a.isEmpty()
          && a.exact() >= 2
          && a.matchedContent() >= Math.min(3, a.contentSize())
          && a.coverage() >= MIN_LISTED_COVERAGE) {
        out.add(new Candidate(p.provision(), p.date(), p.words(), a));
      }
    }
    state.timing.alignment(aligning);
    out.sort(Candidate.BEST_FIRST);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      if (kept.size() == MAX_PRECEDENTS) {
        break; // no caller lists more
      }
      if (kept.stream().noneMatch(k -> k.provision().id().isRelated(c.provision().id()))) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static List<Integer> everyDoc(IndexSearcher searcher, Query filter)
      throws java.io.IOException {
    List<Integer> out = new ArrayList<>();
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

  private static Set<Status> statuses(List<String> labels) {
    if (labels.isEmpty()) {
      return EnumSet.allOf(Status.class);
    }
    Set<Status> out = EnumSet.noneOf(Status.class);
    labels.forEach(label -> out.add(Status.of(label)));
    return out;
  }

  private static Query filter(Set<Status> statuses, List<String> exclude) {
    if (statuses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    statuses.forEach(
        s ->
            any.add(new TermQuery(new Term(Fields.STATUS, s.label())), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    out.add(any.build(), BooleanClause.Occur.MUST);
    exclude.forEach(
        id ->
            out.add(new TermQuery(new Term(Fields.INSTRUMENT, id)), BooleanClause.Occur.MUST_NOT));
    return out.build();
  }

  private static CheckReport.Summary summary(List<SegmentCheck> segments) {
    Map<String, Integer> byVerdict = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      byVerdict.put(v.label(), 0);
    }
    long chars = 0;
    long agreedChars = 0;
    for (SegmentCheck s : segments) {
      byVerdict.merge(s.verdict().label(), 1, Integer::sum);
      chars += s.end() - s.start();
      agreedChars += s.verdict().isAgreed() ? s.end() - s.start() : 0;
    }
    double share = chars == 0 ? 0 : Math.round(1000.0 * agreedChars / chars) / 1000.0;
    return new CheckReport.Summary(segments.size(), byVerdict, share);
  }
}
