package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * The wording a quoted phrase must have in stemmed mode where its common words matter. The stemmed
 * field holds no common words: a phrase opening on one ("as appropriate", "not be prosecuted")
 * matched without it, and one holding a negation ("shall not be detained", "shall not") matched its
 * opposite ("shall then be detained"), counted and listed as matches. A quotation promises those
 * words, so they must be there as written: each such run of common words with the word on either
 * side, as an exact phrase ("as appropriate", "shall not be detained"). The other words keep their
 * stemmed variants. An exact phrase reads the pairs the exact field holds for common words
 * ("not_be"), far rarer than the words: a span reading each word's positions in place took, over a
 * million provisions, every provision holding "the".
 *
 * <p>Common words closing a phrase without a negation ("trafficking in the") are not required: cut
 * off from what follows them they say little, and required they made a phrase the reading of a
 * common pair ("in_the") over most provisions: at a million provisions the benchmark's phrase class
 * had a p99 of 25 ms with them required, in one run, and 8.2 and 8.3 ms without, in two.
 */
final class PhraseWording {
  /** Common words that reverse what a phrase says; the stemmed chain drops them all. */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "nor", "neither", "never");

  private PhraseWording() {}

  /**
   * The wording {@code text} must have, or null when its stemmed phrase says enough: no common word
   * at its ends and no negation dropped, or nothing but common words (read as written anyway).
   */
  static Query required(String text, Analyzer stemmed) {
    List<List<String>> words = terms(Analysis.exact(), Fields.TEXT_EXACT, text);
    List<List<String>> stems = terms(stemmed, Fields.TEXT, text);
    int n = words.size();
    if (n < 2 || stems.size() > n || stems.stream().allMatch(List::isEmpty)) {
      return null;
    }
    while (stems.size() < n) {
      stems.add(List.of()); // common words closing the phrase leave no position behind
    }
    List<Query> wording = new ArrayList<>();
    int p = 0;
    while (p < n) {
      if (!stems.get(p).isEmpty()) {
        p++;
        continue;
      }
      int end = p;
      boolean negation = false;
      while (end < n && stems.get(end).isEmpty()) {
        negation |= NEGATIONS.contains(words.get(end).get(0));
        end++;
      }
      if (p == 0 || negation) {
        Query run = exactPhrase(words.subList(Math.max(0, p - 1), Math.min(n, end + 1)));
        if (run != null) {
          wording.add(run);
        }
      }
      p = end;
    }
    if (wording.size() < 2) {
      return wording.isEmpty() ? null : wording.get(0);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    wording.forEach(q -> all.add(q, Occur.FILTER));
    return all.build();
  }

  private static Query exactPhrase(List<List<String>> words) {
    String text = String.join(" ", words.stream().map(w -> w.get(0)).toList());
    return new QueryBuilder(Analysis.exactPhrase()).createPhraseQuery(Fields.TEXT_EXACT, text);
  }

  /**
   * The terms {@code analyzer} makes of {@code text} at each word position, stacked forms (a word
   * family) together; a position a dropped word left is empty. Positions after the last term are
   * not seen.
   */
  private static List<List<String>> terms(Analyzer analyzer, String field, String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute step = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        for (int gap = step.getPositionIncrement(); gap > 0; gap--) {
          out.add(new ArrayList<>());
        }
        if (!out.isEmpty()) {
          out.get(out.size() - 1).add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a phrase: " + e.getMessage(), e);
    }
    return out;
  }
}
