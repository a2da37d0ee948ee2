package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FilterBinaryDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.match.FixtureIndex;
import org.precedent.testing.FilteredLeaves;

/**
 * One reader kept for many documents reads each as a reader opened for it alone does, in whatever
 * order they are asked for. Its doc values may only go forward: the index is read through a wrapper
 * that fails a step back and counts each opening, so a reader that stepped back, or opened the
 * values again while going forward, fails.
 */
class ViewReaderTest {
  @TempDir Path temp;

  @Test
  void readsEveryDocumentInAnyOrderAsAFreshReaderDoes() throws Exception {
    try (KnowledgeBase kb = FixtureIndex.open(temp)) {
      kb.index()
          .withSearcher(
              searcher -> {
                int n = searcher.getIndexReader().maxDoc();
                List<ProvisionView> alone = new ArrayList<>();
                List<HitDetails> aloneDetails = new ArrayList<>();
                for (int doc = 0; doc < n; doc++) {
                  alone.add(new ViewReader(searcher).view(doc));
                  aloneDetails.add(new ViewReader(searcher).details(doc));
                }
                List<Integer> rising = IntStream.range(0, n).boxed().toList();
                List<Integer> falling = new ArrayList<>(rising);
                Collections.reverse(falling);
                List<Integer> shuffled = new ArrayList<>(rising);
                Collections.shuffle(shuffled, new Random(7));
                List<Integer> repeated = new ArrayList<>();
                rising.forEach(d -> repeated.addAll(List.of(d, d)));
                for (List<Integer> order : List.of(rising, falling, shuffled, repeated)) {
                  AtomicInteger opened = new AtomicInteger();
                  ViewReader kept = new ViewReader(forwardOnly(searcher, opened));
                  for (int doc : order) {
                    assertEquals(alone.get(doc), kept.view(doc), "document " + doc);
                    assertEquals(aloneDetails.get(doc), kept.details(doc), "document " + doc);
                  }
                  if (order == rising) {
                    assertEquals(
                        2 * searcher.getIndexReader().leaves().size(),
                        opened.get(),
                        "read in rising order, each segment's two fields are opened once");
                  }
                }
                return n;
              });
    }
  }

  /** {@code searcher}'s index, its views failing a step back and counting their openings. */
  private static IndexSearcher forwardOnly(IndexSearcher searcher, AtomicInteger opened)
      throws IOException {
    return FilteredLeaves.searcher(
        searcher,
        leaf ->
            new FilteredLeaves.Uncached(leaf) {
              @Override
              public BinaryDocValues getBinaryDocValues(String field) throws IOException {
                opened.incrementAndGet();
                return new FilterBinaryDocValues(in.getBinaryDocValues(field)) {
                  @Override
                  public boolean advanceExact(int target) throws IOException {
                    assertTrue(target > docID(), "a step back from " + docID() + " to " + target);
                    return in.advanceExact(target);
                  }
                };
              }
            });
  }
}
