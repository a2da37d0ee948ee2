package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.KnowledgeBase;
import org.precedent.match.FixtureIndex;

/**
 * One reader kept for many documents reads each as a reader opened for it alone does, in whatever
 * order they are asked for: its doc values go forward only, so a step back opens them again.
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
                for (int doc = 0; doc < n; doc++) {
                  alone.add(new ViewReader(searcher).view(doc));
                }
                List<Integer> rising = IntStream.range(0, n).boxed().toList();
                List<Integer> falling = new ArrayList<>(rising);
                Collections.reverse(falling);
                List<Integer> shuffled = new ArrayList<>(rising);
                Collections.shuffle(shuffled, new Random(7));
                List<Integer> repeated = new ArrayList<>();
                rising.forEach(d -> repeated.addAll(List.of(d, d)));
                for (List<Integer> order : List.of(rising, falling, shuffled, repeated)) {
                  ViewReader kept = new ViewReader(searcher);
                  for (int doc : order) {
                    assertEquals(alone.get(doc), kept.view(doc), "document " + doc);
                  }
                }
                return n;
              });
    }
  }
}
