package org.precedent.index;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 everywhere, but a concept tag ({@link Fields#CONCEPT}) weighs by how rare the concept is
 * among all provisions, not among the few that carry any tag. Scored against the tagged ones alone
 * (in the shipped corpus "non-punishment" tags 27 of the few dozen that carry one), it weighed
 * about a tenth of the name said in a text, and a search for "non-punishment" listed Principle 7,
 * which states it without the word, 16th: after every one of the twelve provisions that name it.
 * Norms are computed as BM25 computes them, so an index written with the default similarity is read
 * alike.
 */
public final class ProvisionSimilarity extends PerFieldSimilarityWrapper {
  private static final Similarity TEXT = new BM25Similarity();

  private static final Similarity TAGS =
      new BM25Similarity() {
        @Override
        public Explanation idfExplain(CollectionStatistics collection, TermStatistics term) {
          return super.idfExplain(everyProvision(collection), term);
        }

        @Override
        protected float avgFieldLength(CollectionStatistics collection) {
          return super.avgFieldLength(everyProvision(collection));
        }
      };

  /**
   * The tag field's statistics as if every provision carried one tag: the untagged ones count once
   * each.
   */
  private static CollectionStatistics everyProvision(CollectionStatistics tags) {
    long untagged = tags.maxDoc() - tags.docCount();
    return new CollectionStatistics(
        tags.field(),
        tags.maxDoc(),
        tags.maxDoc(),
        tags.sumTotalTermFreq() + untagged,
        tags.sumDocFreq() + untagged);
  }

  @Override
  public Similarity get(String field) {
    return Fields.CONCEPT.equals(field) ? TAGS : TEXT;
  }
}
