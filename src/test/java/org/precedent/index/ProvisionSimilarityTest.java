package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** How a concept tag weighs: by its rarity among all provisions. */
class ProvisionSimilarityTest {
  /**
   * The score of a provision tagged "non-punishment" in an index of {@code provisions}, of which
   * {@code tagged} carry the tag and {@code otherTags} carry only another one.
   */
  private static float score(int provisions, int tagged, int otherTags) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < provisions; i++) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, "p" + i, Field.Store.NO));
        if (i < tagged) {
          doc.add(new StringField(Fields.CONCEPT, "non-punishment", Field.Store.NO));
        } else if (i < tagged + otherTags) {
          doc.add(new StringField(Fields.CONCEPT, "safe-return", Field.Store.NO));
        }
        writer.addDocument(doc);
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new ProvisionSimilarity());
        return searcher.search(new TermQuery(new Term(Fields.CONCEPT, "non-punishment")), 1)
            .scoreDocs[0]
            .score;
      }
    }
  }

  @Test
  void aTagWeighsTheSameHoweverManyProvisionsCarryOtherTags() throws IOException {
    // Counted among the tagged provisions alone, the first tag would weigh nothing (every tagged
    // provision has it) and the second far more: adding a rule for one concept moved the others.
    assertEquals(score(1000, 20, 0), score(1000, 20, 200), 1e-6);
  }

  @Test
  void aRarerTagWeighsMore() throws IOException {
    assertTrue(score(1000, 5, 0) > score(1000, 50, 0));
  }
}
