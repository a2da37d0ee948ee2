package org.precedent.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.precedent.index.Fields;
import org.precedent.index.PerReader;

/**
 * How much a shared word tells, from how many provisions of the index hold it (the inverse document
 * frequency Lucene's BM25 uses). Ranking precedents by shared word counts put "of trafficking in
 * persons, including the" above "the liability of legal persons"; weighed, words in nearly every
 * provision count for almost nothing. Kept per index reader, which never changes, and dropped when
 * it closes.
 */
final class WordWeights {
  private static final PerReader<WordWeights> BY_READER = new PerReader<>(WordWeights::new);

  /** Bounds the memo: a word beyond it is weighed again on every request. */
  private static final int MAX_WORDS = 500_000;

  private final IndexReader reader;
  private final Map<String, Double> weights = new ConcurrentHashMap<>();

  private WordWeights(IndexReader reader) {
    this.reader = reader;
  }

  /** The weights over {@code reader}'s index. */
  static WordWeights of(IndexReader reader) {
    return BY_READER.get(reader);
  }

  /**
   * Weight of a normalised word: near 0 for one in every provision, about ln N for the rarest. Its
   * frequency is that of the exact-text field, whose words the normalised ones follow; a spelling
   * the field never holds weighs as the rarest.
   */
  double weight(String word) {
    Double known = weights.get(word);
    if (known != null) {
      return known;
    }
    // maxDoc, not numDocs: a word's document frequency also counts deleted documents, and must
    // never exceed the total, or the weight would turn negative.
    double w = idf(docFreq(word), reader.maxDoc());
    if (weights.size() < MAX_WORDS) {
      weights.put(word, w);
    }
    return w;
  }

  /** BM25's inverse document frequency. */
  static double idf(int docFreq, int docs) {
    return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  private int docFreq(String word) {
    try {
      return reader.docFreq(new Term(Fields.TEXT_EXACT, word));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word frequencies: " + e.getMessage(), e);
    }
  }
}
