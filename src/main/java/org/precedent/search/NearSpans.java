package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PrefixQuery;

/**
 * NEAR and ONEAR as span queries: each side a word, a phrase, a prefix or an OR group, nested NEARs
 * kept as written. A side's words keep the positions its analysis gives them: an inflection family
 * stacked at one position becomes one {@link SpanOrQuery}, and a stopword dropped inside a phrase
 * leaves its gap.
 */
final class NearSpans {
  private NearSpans() {}

  /**
   * {@code node}, a NEAR or one of its sides, as spans over {@code field} analysed by {@code
   * analyzer}.
   */
  static SpanQuery of(QueryNode node, String field, Analyzer analyzer) {
    if (node instanceof QueryNode.Near n) {
      return new SpanNearQuery(
          new SpanQuery[] {of(n.left(), field, analyzer), of(n.right(), field, analyzer)},
          n.distance(),
          n.ordered());
    } else if (node instanceof QueryNode.Word w && w.prefix() && WildcardSpans.splits(w.text())) {
      return WildcardSpans.prefix(w.text(), field);
    } else if (node instanceof QueryNode.Phrase p && p.text().indexOf('*') >= 0) {
      return WildcardSpans.phrase(p.text(), field);
    } else if (node instanceof QueryNode.Word w && w.prefix()) {
      return new SpanMultiTermQueryWrapper<>(
          new PrefixQuery(new Term(field, analyzer.normalize(field, w.text()))));
    } else if (node instanceof QueryNode.Word w) {
      return spanWords(field, analyzer, w.text());
    } else if (node instanceof QueryNode.Phrase p) {
      return spanWords(field, analyzer, p.text());
    } else if (node instanceof QueryNode.Or o) {
      return new SpanOrQuery(
          o.clauses().stream().map(c -> of(c, field, analyzer)).toArray(SpanQuery[]::new));
    }
    throw new QueryException(
        "NEAR and ONEAR join words, phrases, wildcards or (a OR b) groups", node.toString());
  }

  /** Words as spans; stacked tokens (an inflection family) become one {@link SpanOrQuery}. */
  private static SpanQuery spanWords(String field, Analyzer analyzer, String text) {
    List<List<SpanQuery>> positions = new ArrayList<>();
    int gaps = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        SpanQuery span = new SpanTermQuery(new Term(field, term.toString()));
        if (inc.getPositionIncrement() == 0 && !positions.isEmpty()) {
          positions.get(positions.size() - 1).add(span);
          continue;
        }
        if (!positions.isEmpty()) {
          gaps += inc.getPositionIncrement() - 1;
        }
        positions.add(new ArrayList<>(List.of(span)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (positions.isEmpty()) {
      throw new QueryException(
          "'" + text + "' is ignored in stemmed mode, so it cannot be used with NEAR",
          "use mode=exact");
    }
    SpanQuery[] parts =
        positions.stream()
            .map(p -> p.size() == 1 ? p.get(0) : new SpanOrQuery(p.toArray(SpanQuery[]::new)))
            .toArray(SpanQuery[]::new);
    return parts.length == 1 ? parts[0] : new SpanNearQuery(parts, gaps, true);
  }
}
