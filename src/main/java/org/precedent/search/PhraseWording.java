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
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.Query;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * The wording a quoted phrase must have in stemmed mode where its common words matter. The stemmed
 * field holds no common words: a phrase opening or closing on one ("as appropriate", "not be
 * prosecuted") matched without it, and one holding a negation ("shall not be detained") matched its
 * opposite ("shall then be detained"), counted and listed as matches. A quotation promises its
 * words, so such a phrase must also match word by word: each common word as written (the exact
 * field) and each other word by its stemmed forms, at consecutive positions. Every text field
 * counts positions by the same tokenizer's words ({@link Analysis#positions}), so the two fields'
 * positions line up and one span can read both.
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
    boolean needed = stems.get(0).isEmpty() || stems.get(n - 1).isEmpty();
    for (int p = 0; p < n && !needed; p++) {
      needed = stems.get(p).isEmpty() && NEGATIONS.contains(words.get(p).get(0));
    }
    if (!needed) {
      return null;
    }
    SpanQuery[] clauses = new SpanQuery[n];
    for (int p = 0; p < n; p++) {
      clauses[p] =
          stems.get(p).isEmpty()
              ? new FieldMaskingSpanQuery(
                  new SpanTermQuery(new Term(Fields.TEXT_EXACT, words.get(p).get(0))), Fields.TEXT)
              : anyOf(stems.get(p));
    }
    return new SpanNearQuery(clauses, 0, true);
  }

  private static SpanQuery anyOf(List<String> forms) {
    if (forms.size() == 1) {
      return new SpanTermQuery(new Term(Fields.TEXT, forms.get(0)));
    }
    return new SpanOrQuery(
        forms.stream()
            .map(f -> (SpanQuery) new SpanTermQuery(new Term(Fields.TEXT, f)))
            .toArray(SpanQuery[]::new));
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
