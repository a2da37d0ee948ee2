package org.precedent.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Provision;
import org.precedent.search.SearchMode;
import org.precedent.search.SearchRequest;
import org.precedent.search.SortOrder;

/**
 * Workload 3: in-process search latency per query class, with queries drawn from real provision
 * text (so they hit), each class warmed up first and then timed one query at a time.
 */
final class QueryBench {
  static final int WARMUP = 50;

  private QueryBench() {}

  /** One query class: a name and how to build a request from two real words and a phrase. */
  record QueryClass(String name, Function<String[], SearchRequest> build) {}

  static List<QueryClass> classes() {
    return List.of(
        new QueryClass("term", w -> SearchRequest.of(w[0])),
        new QueryClass("phrase", w -> SearchRequest.of("\"" + w[2] + "\"")),
        new QueryClass("words", w -> SearchRequest.of(w[2])),
        new QueryClass("near", w -> SearchRequest.of(w[0] + " NEAR/5 " + w[1])),
        // Newest first: the index is not in date order, so every match is read.
        new QueryClass("term by date", w -> SearchRequest.of(w[0]).page(SortOrder.DATE, 20, 0)),
        new QueryClass(
            "filtered",
            w -> new SearchRequest(w[0], SearchMode.STEMMED, null, List.of("treaty", "adopted"), null,
                null, null, 1995, 2015, SortOrder.RELEVANCE, 20, 0, false)),
        new QueryClass(
            "faceted broad",
            w -> new SearchRequest("states OR persons OR trafficking", SearchMode.STEMMED, null, null,
                null, null, null, null, null, SortOrder.AUTHORITY, 20, 0, false)));
  }

  /** Query material: for each sample, two words and a three-word phrase from one provision. */
  static List<String[]> material(List<Provision> provisions, int count, long seed) {
    Random random = new Random(seed);
    List<String[]> out = new ArrayList<>();
    while (out.size() < count) {
      String[] words =
          provisions.get(random.nextInt(provisions.size())).text().toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z ]", " ").trim().split("\\s+");
      if (words.length < 8) {
        continue;
      }
      int at = random.nextInt(words.length - 4);
      if (!content(words[at]) || !content(words[at + 3])) {
        continue;
      }
      out.add(new String[] {words[at], words[at + 3], words[at] + " " + words[at + 1] + " " + words[at + 2]});
    }
    return out;
  }

  /** A word every analysis chain keeps: long enough and not a stopword. */
  private static boolean content(String word) {
    return word.length() >= 5
        && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
        && !java.util.Set.of("which", "their", "there", "these", "those", "shall", "other", "under").contains(word);
  }

  /** Least time spent on {@link #warmUp} before any class is timed. */
  static final int WARM_UP_SECONDS = 10;

  /**
   * Searches every class in turn for at least {@link #WARM_UP_SECONDS}, on material from {@code
   * from} on, which no timed query uses: as in a server that has been answering all kinds of
   * search. With only the fifty queries of a class before its timed ones, the JIT was still
   * compiling while they were timed: at a million provisions the same code gave a phrase p99 of
   * 9.0-12.4 ms that way and 5.6-6.0 ms with this warm-up first.
   */
  static void warmUp(KnowledgeBase kb, List<String[]> material, int from) {
    List<QueryClass> classes = classes();
    long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < until; i++) {
      String[] words = material.get(from + (i / classes.size()) % (material.size() - from));
      kb.search(classes.get(i % classes.size()).build().apply(words));
    }
  }

  /** Milliseconds per query for {@code runs} timed queries of one class. */
  static Stats latency(KnowledgeBase kb, QueryClass qc, List<String[]> material, int runs) {
    int warmup = Math.min(WARMUP, runs);
    for (int i = 0; i < warmup; i++) {
      kb.search(qc.build().apply(material.get(i % material.size())));
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      SearchRequest request = qc.build().apply(material.get((i + warmup) % material.size()));
      long start = System.nanoTime();
      kb.search(request);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return Stats.of(ms);
  }
}
