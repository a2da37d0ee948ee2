package org.precedent.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.TextKey;

/**
 * First stage of the check: the few provisions worth aligning. Shared four-word shingles ({@link
 * Fields#REUSE}) signal reuse; BM25's idf already discounts common runs. Shingles inside a long
 * recurring name are left out of the query, so a title alone never brings a candidate. Very common
 * ones ("of trafficking in persons") never bring one either: the query leaves them out, but for one
 * in each stretch of the segment the rarer ones missed, which only adds to the score of provisions
 * the rarer ones brought ({@link #uncovered}). A provision that is the segment word for word comes
 * before all that only share its runs ({@link TextKey}). A segment too short for a shingle is
 * looked up as an exact phrase ({@link #phrase}). A smaller stemmed-word query adds candidates that
 * share words but few exact runs (paraphrase, heavy OCR damage); the checker asks for it only when
 * the shingles found nothing that covers the segment.
 */
final class CandidateFinder {
  private static final int MAX_SHINGLES = 24;
  private static final int MAX_WORDS = 16;

  /**
   * Most consecutive shingles of a segment (about nine words) that one shingle scores for when the
   * rarest left them out: see {@link #uncovered}. At a million provisions, pieces of 8 and 12
   * missed the closest source of a segment holding a paraphrase of a common sentence ("prevention
   * efforts in countries of destination and transit by focusing on the demand") and a rarer tail:
   * each piece's one shingle lay outside the paraphrase, so the source tied with the copies of the
   * tail alone. Pieces of 6 and of 4 found it; in one run of each, the candidate queries took about
   * a third longer with 4 than with 8, and no longer with 6.
   */
  private static final int STRETCH = 6;

  /**
   * Words ranking the provisions that state a concept. Only those provisions are scored, so all of
   * a sentence's words can be used; the cap bounds a "segment" with no punctuation in it.
   */
  private static final int MAX_CONCEPT_WORDS = 64;

  /**
   * Ceilings on a query term's document frequency. Relative to the corpus a term is "common" above
   * a twentieth (shingles) or a quarter (words) of it; the absolute ceilings stop that share from
   * growing with the corpus, so the postings a candidate query reads stay bounded on a corpus of a
   * million provisions (below 40,000 provisions only the relative share applies).
   */
  private static final int MAX_SHINGLE_DF = 2_000;

  private static final int MAX_WORD_DF = 10_000;

  /**
   * Fewest terms a candidate query keeps, taking terms above the absolute ceilings if needed. Each
   * such term is read over tens of thousands of provisions at a million: with six, the queries that
   * had to take them were a third of the shingle queries and three fifths of their time. With four,
   * a new draft's candidate stage took about a sixth less; three was as fast in its run and found
   * one more segment, and recall against exhaustive alignment at 10k, 100k and 1M lost nothing.
   */
  private static final int MIN_TERMS = 3;

  private final Analyzer reuse = Analysis.reuse();
  private final Analyzer exact = Analysis.exact();
  private final Analyzer stemmed = Analysis.english();

  /**
   * What one thread's check searches with. {@code terms} keeps the term statistics already looked
   * up: a draft repeats its words and runs from segment to segment, and a term's frequency decides
   * whether it is used, so one check looks each term up once.
   */
  record Search(TermLookup terms, Query filter) {
    IndexSearcher searcher() {
      return terms.searcher();
    }

    /**
     * The same search, leaving out the provisions whose whole text has one of the keys {@code
     * texts} ({@link TextKey}).
     */
    Search without(java.util.Collection<String> texts) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      query.add(filter == null ? new MatchAllDocsQuery() : filter, BooleanClause.Occur.FILTER);
      for (String key : texts) {
        query.add(new TermQuery(new Term(Fields.TEXT_KEY, key)), BooleanClause.Occur.MUST_NOT);
      }
      return new Search(terms, query.build());
    }

    /** Adds the filter, if any, to a candidate query. */
    void restrict(BooleanQuery.Builder query) {
      if (filter != null) {
        query.add(filter, BooleanClause.Occur.FILTER);
      }
    }
  }

  /**
   * Lucene doc ids of provisions passing the filter that share the most telling four-word runs with
   * {@code text}, best first: up to {@code agreedTop} agreed sources and {@code otherTop} others.
   */
  SplitTopHits.Hits byShingles(
      Search search, String text, List<Token> tokens, int agreedTop, int otherTop) {
    return top(
        agreedTop,
        otherTop,
        top -> {
          List<int[]> names = boilerplateSpans(tokens);
          List<String> shingles = terms(reuse, Fields.REUSE, text, names, true);
          if (!shingles.isEmpty()) {
            collect(
                search,
                Fields.REUSE,
                shingles,
                TextKey.of(text).orElse(null),
                top,
                commonShingle(search),
                MAX_SHINGLE_DF);
          } else if (names.isEmpty()) {
            phrase(search, text, terms(exact, Fields.TEXT_EXACT, text, names, false), top);
          }
        });
  }

  /**
   * A segment of three words, too short for a run of four ("or armed conflicts.", a list item cut
   * at a semicolon), is looked up as an exact phrase: the exhaustive alignment finds such a
   * fragment word for word in many provisions, and the stemmed-word query, which ranks by the rarer
   * words alone, brought none that held all three. Not when even its rarest word is common (in more
   * than a twentieth of the corpus, as for shingles): the phrase would then read the positions of a
   * large share of the corpus, and a run held so widely tells no source apart. The phrase reads the
   * exact field's word pairs, as a search's exact phrase does ({@link Analysis#exactPhrase}).
   */
  private static void phrase(Search search, String text, List<String> words, SplitTopHits top)
      throws IOException {
    if (words.size() != Analysis.REUSE_SHINGLE - 1) {
      return;
    }
    int rarest = Integer.MAX_VALUE;
    for (String w : words) {
      rarest = Math.min(rarest, search.terms().states(new Term(Fields.TEXT_EXACT, w)).docFreq());
    }
    if (rarest == 0 || rarest > commonShingle(search)) {
      return;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query phrase =
        new QueryBuilder(Analysis.exactPhrase()).createPhraseQuery(Fields.TEXT_EXACT, text);
    if (phrase == null) {
      return;
    }
    query.add(phrase, BooleanClause.Occur.MUST);
    search.restrict(query);
    top.search(search.searcher(), query.build());
  }

  /**
   * As {@link #byShingles}, for provisions sharing the rarest stemmed words outside long names:
   * candidates that share words but few exact runs (paraphrase, heavy OCR damage).
   */
  SplitTopHits.Hits byWords(
      Search search, String text, List<Token> tokens, int agreedTop, int otherTop) {
    return top(
        agreedTop,
        otherTop,
        top -> {
          List<String> words = contentWords(text, tokens);
          collect(search, Fields.TEXT, words, null, top, corpusSize(search) / 4, MAX_WORD_DF);
        });
  }

  /**
   * Up to {@code agreedTop} agreed provisions stating one of {@code concepts}, those sharing more
   * of the segment's rarer words first: the sources of a paraphrase ("are not penalized for being
   * trafficked") that states the same principle in other words ("shall not be detained, charged or
   * prosecuted"), which neither the shingles nor the words bring.
   */
  SplitTopHits.Hits byConcepts(
      Search search,
      java.util.Collection<String> concepts,
      String text,
      List<Token> tokens,
      int agreedTop) {
    return top(
        agreedTop,
        0,
        top -> {
          BooleanQuery.Builder stated = new BooleanQuery.Builder();
          concepts.forEach(
              c ->
                  stated.add(
                      new TermQuery(new Term(Fields.CONCEPT, c)), BooleanClause.Occur.SHOULD));
          BooleanQuery.Builder query = new BooleanQuery.Builder();
          query.add(stated.build(), BooleanClause.Occur.MUST);
          // The smallest provision stating it: an article is tagged with what its paragraphs state.
          query.add(new TermQuery(new Term(Fields.LEAF, "true")), BooleanClause.Occur.FILTER);
          List<String> words = contentWords(text, tokens);
          for (String w : words.subList(0, Math.min(MAX_CONCEPT_WORDS, words.size()))) {
            query.add(new TermQuery(new Term(Fields.TEXT, w)), BooleanClause.Occur.SHOULD);
          }
          search.restrict(query);
          top.search(search.searcher(), query.build());
        });
  }

  /** One candidate search, filling a {@link SplitTopHits}. */
  private interface Fill {
    void into(SplitTopHits top) throws IOException;
  }

  private static SplitTopHits.Hits top(int agreedTop, int otherTop, Fill fill) {
    SplitTopHits top = new SplitTopHits(agreedTop, otherTop);
    try {
      fill.into(top);
    } catch (IOException e) {
      throw new UncheckedIOException("candidate search failed: " + e.getMessage(), e);
    }
    return top.hits();
  }

  /**
   * {@code text} with every character outside [from, to) made a space: its offsets, and so the
   * segment's tokens, still hold, and only the runs inside are read.
   */
  static String only(String text, int from, int to) {
    return blank(text, List.of(new int[] {0, from}, new int[] {to, text.length()}));
  }

  /** Distinct stemmed words of {@code text} outside long recurring names. */
  private List<String> contentWords(String text, List<Token> tokens) throws IOException {
    return terms(stemmed, Fields.TEXT, blank(text, boilerplateSpans(tokens)), List.of(), false);
  }

  /** Document frequency above which a shingle, or a three-word phrase, is common: a twentieth. */
  private static int commonShingle(Search search) {
    return corpusSize(search) / 20;
  }

  private static int corpusSize(Search search) {
    return Math.max(1, search.searcher().getIndexReader().maxDoc());
  }

  /**
   * Fills {@code top} with the provisions sharing the rarest of {@code terms}; with a {@code key}
   * ({@link TextKey}), those whose whole text it is come before all others.
   */
  private static void collect(
      Search search,
      String field,
      List<String> terms,
      String key,
      SplitTopHits top,
      int share,
      int ceiling)
      throws IOException {
    IndexSearcher searcher = search.searcher();
    TermLookup lookup = search.terms();
    // Only the rarest terms bring candidates: they single out the texts this one was taken from,
    // and the cost of the query grows with the documents its terms occur in, which on a large
    // corpus would otherwise grow with the corpus. A term in more than `share` documents is
    // common; below that, one in more than `ceiling` is used only while the query has too few
    // rarer ones (a paragraph copied from a text that was itself copied thousands of times).
    int common = Math.max(40, share);
    int bounded = Math.max(40, Math.min(share, ceiling));
    List<Term> present = new ArrayList<>();
    Map<Term, Integer> frequency = new HashMap<>();
    for (String term : terms) {
      Term t = new Term(field, term);
      int df = lookup.states(t).docFreq();
      if (df > 0) {
        present.add(t);
        frequency.put(t, df);
      }
    }
    List<Term> usable = new ArrayList<>(present);
    usable.removeIf(t -> frequency.get(t) > common);
    if (usable.isEmpty()) {
      // Runs held this widely tell no source apart, but a provision that is the text word for word
      // still is one.
      if (key != null) {
        BooleanQuery.Builder verbatim = new BooleanQuery.Builder();
        verbatim.add(new TermQuery(new Term(Fields.TEXT_KEY, key)), BooleanClause.Occur.MUST);
        search.restrict(verbatim);
        top.search(searcher, verbatim.build());
      }
      return;
    }
    usable.sort(Comparator.comparingInt(frequency::get));
    int rare = (int) usable.stream().filter(t -> frequency.get(t) <= bounded).count();
    usable = usable.subList(0, Math.max(rare, Math.min(MIN_TERMS, usable.size())));
    int max = field.equals(Fields.REUSE) ? MAX_SHINGLES : MAX_WORDS;
    List<Term> chosen = usable.subList(0, Math.min(max, usable.size()));
    int corpus = corpusSize(search);
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    float most = 0;
    for (Term t : chosen) {
      should.add(clause(t, lookup, frequency.get(t), corpus), BooleanClause.Occur.SHOULD);
      most += idf(frequency.get(t), corpus);
    }
    // No minimum number of terms to match, even when the query had to take common ones. A doc
    // sharing one common term enters the lists only while too few share more, and is then aligned
    // and dropped like any weak candidate. Requiring three of them took Lucene's minimum-match
    // (WAND) path, which at a million provisions spent a third to three quarters longer per query
    // than its MaxScore scorer does without a minimum, for the same planted-reuse recall.
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(should.build(), BooleanClause.Occur.MUST);
    search.restrict(query);
    if (field.equals(Fields.REUSE)) {
      for (Sample sample : uncovered(present, chosen, frequency, corpus)) {
        Query held =
            new ConstantScoreQuery(new TermQuery(sample.term(), lookup.states(sample.term())));
        query.add(new BoostQuery(held, sample.weight()), BooleanClause.Occur.SHOULD);
        most += sample.weight();
      }
    }
    if (key != null) {
      // Weighs more than every other clause together. A provision that is the segment word for
      // word shares all its runs, and so ties with every provision holding the segment inside a
      // longer text: at a million provisions the lists were full of copies of A/64/L.64's
      // PP 16 holding a ten-word segment, and held no copy of the April draft's PP 14, which is
      // those ten words and nothing else.
      Query verbatim = new ConstantScoreQuery(new TermQuery(new Term(Fields.TEXT_KEY, key)));
      query.add(new BoostQuery(verbatim, most + 1), BooleanClause.Occur.SHOULD);
    }
    top.search(searcher, query.build());
  }

  /**
   * The rarest shingle of each stretch of the segment that the rarest ones left out, however
   * common, each weighing for its whole stretch. Rarity alone can take every term from one part of
   * a spliced segment (a paragraph opening with a common preamble and ending with a rarer text):
   * the many copies of that part then tie with the provision holding the whole segment, and the
   * tie's order (authority, then doc id) fills the lists with copies. These terms only add to the
   * score of documents the rarer ones bring, so they break that tie without bringing candidates of
   * their own, and Lucene reads their postings only where they can count.
   *
   * <p>A stretch is a run of consecutive shingles none of which was chosen, however short, cut into
   * even pieces of at most {@link #STRETCH}. Only runs of four or more counted until a segment
   * opening on two common runs of a splice ("CIS Agreement on Cooperation in" before a text copied
   * a hundred times) tied with every copy of the rest, and the provision holding the whole segment
   * came 38th at a million provisions. Gaps are found wherever they lie: windows of fixed place
   * missed a part of six runs because the window holding it also held the first rare run after it.
   * A piece's shingle stands for the whole piece, which a provision holding that shingle most
   * likely holds too, so it weighs the idf of all the piece's shingles. Weighed as one shingle, a
   * part of thirty common runs counted for less than the two rare runs a copy of the other part
   * shared across the splice, and the copy outranked the provision holding nearly all of the
   * segment.
   */
  private static List<Sample> uncovered(
      List<Term> present, List<Term> chosen, Map<Term, Integer> frequency, int corpus) {
    Set<Term> taken = new HashSet<>(chosen);
    List<Sample> out = new ArrayList<>();
    int from = 0;
    while (from < present.size()) {
      int end = from;
      while (end < present.size() && !taken.contains(present.get(end))) {
        end++;
      }
      int gap = end - from;
      if (gap > 0) {
        int pieces = (gap + STRETCH - 1) / STRETCH;
        for (int i = 0; i < pieces; i++) {
          List<Term> piece =
              present.subList(from + i * gap / pieces, from + (i + 1) * gap / pieces);
          float weight = 0;
          for (Term t : piece) {
            weight += idf(frequency.get(t), corpus);
          }
          Term rarest = piece.stream().min(Comparator.comparingInt(frequency::get)).orElseThrow();
          out.add(new Sample(rarest, weight));
        }
      }
      from = end + 1;
    }
    return out;
  }

  /**
   * One term of a candidate query. A shingle counts by its rarity alone (BM25's idf), whatever the
   * length of the provision or how often the run recurs in it: a provision that holds the segment
   * whole is as good a source when it is long, and alignment then measures how well it matches.
   * Scored so, a clause reads doc ids only (no frequencies, no norms) and has one exact maximum
   * score, which lets Lucene skip more of the common shingles' postings. Words keep BM25: scoring
   * them the same way made the check no faster.
   */
  private static Query clause(Term t, TermLookup lookup, int df, int corpus) throws IOException {
    TermQuery term = new TermQuery(t, lookup.states(t));
    if (!t.field().equals(Fields.REUSE)) {
      return term;
    }
    return new BoostQuery(new ConstantScoreQuery(term), idf(df, corpus));
  }

  /** BM25's idf of a term in {@code df} of {@code corpus} documents. */
  private static float idf(int df, int corpus) {
    return (float) Math.log(1 + (corpus - df + 0.5) / (df + 0.5));
  }

  /** A shingle scored for a stretch of the segment, with the weight of the whole stretch. */
  private record Sample(Term term, float weight) {}

  /** Distinct terms of {@code text}; with {@code names}, those lying inside one are skipped. */
  private static List<String> terms(
      Analyzer analyzer, String field, String text, List<int[]> names, boolean skipNames)
      throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!skipNames || !inside(names, offset.startOffset(), offset.endOffset())) {
          out.add(term.toString());
        }
      }
      stream.end();
    }
    return new ArrayList<>(out);
  }

  private static boolean inside(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start >= s[0] && end <= s[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> boilerplateSpans(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).boilerplate()) {
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).boilerplate()) {
        j++;
      }
      out.add(new int[] {tokens.get(i).start(), tokens.get(j).end()});
      i = j;
    }
    return out;
  }

  private static String blank(String text, List<int[]> spans) {
    StringBuilder out = new StringBuilder(text);
    for (int[] s : spans) {
      for (int i = s[0]; i < s[1]; i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
