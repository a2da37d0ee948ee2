package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * Wildcards over more than one word: a prefix the tokenizer splits at a hyphen ({@code non-pun*},
 * {@code cross-bord*}) and a phrase holding a prefix ({@code "position of vulnerab*"}). The index
 * holds "non-punishment" as the words "non" and "punishment", so "non-pun" as one prefix term
 * matched nothing, and a star inside quotes was dropped with the punctuation. Each is read as the
 * phrase of its words, in order and adjacent, a starred word's last part a prefix. Over the
 * unstemmed words, as every wildcard is: a prefix of a stem is no prefix of the word.
 */
final class WildcardSpans {
  private WildcardSpans() {}

  /** Whether the prefix {@code stem} (the text before its {@code *}) is more than one word. */
  static boolean splits(String stem) {
    return !stem.codePoints().allMatch(Character::isLetterOrDigit) && words(stem).size() > 1;
  }

  /** The prefix {@code stem}, more than one word ({@link #splits}), over {@code field}. */
  static SpanQuery prefix(String stem, String field) {
    return phrase(stem + "*", field);
  }

  /**
   * {@code text}, words with a {@code *} after some of them, as spans over {@code field}. A field
   * other than the unstemmed one sees the unstemmed one's spans, which sit at the same positions
   * (every text chain keeps the tokenizer's positions), so that a NEAR can join them to its other
   * side.
   */
  static SpanQuery phrase(String text, String field) {
    List<SpanQuery> parts = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      boolean starred = word.endsWith("*");
      List<String> tokens = words(starred ? word.replaceAll("\\*+$", "") : word);
      for (int i = 0; i < tokens.size(); i++) {
        Term term = new Term(Fields.TEXT_EXACT, tokens.get(i));
        parts.add(
            starred && i == tokens.size() - 1
                ? new SpanMultiTermQueryWrapper<>(new PrefixQuery(term))
                : new SpanTermQuery(term));
      }
    }
    if (parts.isEmpty()) {
      throw new QueryException("a wildcard needs letters before *", text);
    }
    SpanQuery spans =
        parts.size() == 1
            ? parts.get(0)
            : new SpanNearQuery(parts.toArray(SpanQuery[]::new), 0, true);
    return field.equals(Fields.TEXT_EXACT) ? spans : new FieldMaskingSpanQuery(spans, field);
  }

  /** {@code text}'s unstemmed words, lower-cased and accent-folded, every one kept. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = Analysis.exact().tokenStream(Fields.TEXT_EXACT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a wildcard: " + e.getMessage(), e);
    }
    return out;
  }
}
