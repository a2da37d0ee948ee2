package org.precedent.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * The statistics of the terms one thread's check asks about, each looked up once. A draft's
 * shingles are looked up before any is used, to pick the rarest, and most are then dropped; {@link
 * TermStates#build} opens a new terms enumerator in every index leaf for every term, which on a
 * large index was a fifth of a check. Here each leaf and field has one enumerator, reused for every
 * seek. Not thread-safe.
 */
final class TermLookup {
  private final IndexSearcher searcher;
  private final Map<Term, TermStates> known = new HashMap<>();
  private final Map<String, TermsEnum[]> enumerators = new HashMap<>();

  TermLookup(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** Where {@code term} occurs in each leaf, with its document frequency over the index. */
  TermStates states(Term term) throws IOException {
    TermStates states = known.get(term);
    if (states != null) {
      return states;
    }
    IndexReaderContext top = searcher.getTopReaderContext();
    List<LeafReaderContext> leaves = top.leaves();
    TermsEnum[] byLeaf = enumerators.get(term.field());
    if (byLeaf == null) {
      byLeaf = new TermsEnum[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        byLeaf[leaf.ord] = Terms.getTerms(leaf.reader(), term.field()).iterator();
      }
      enumerators.put(term.field(), byLeaf);
    }
    states = new TermStates(top);
    for (LeafReaderContext leaf : leaves) {
      TermsEnum terms = byLeaf[leaf.ord];
      if (terms.seekExact(term.bytes())) {
        states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
      }
    }
    known.put(term, states);
    return states;
  }
}
