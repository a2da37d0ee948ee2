package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty flushed segments of one document each: Lucene's usual policy merges such small segments
 * ten at a time as they come; a build's policy leaves them all to the one merge at the end.
 */
class OneMergeAtTheEndTest {
  @Test
  void nothingMergesUntilTheBuildAsksForOneSegment(@TempDir Path temp) throws Exception {
    OneMergeAtTheEnd policy = new OneMergeAtTheEnd();
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(policy);
    try (FSDirectory directory = FSDirectory.open(temp);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 30; i++) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, "p" + i, Field.Store.NO));
        writer.addDocument(doc);
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertEquals(30, reader.leaves().size());
      }
      writer.forceMerge(1);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertEquals(1, reader.leaves().size());
        assertEquals(30, reader.numDocs());
      }
      assertEquals(30, policy.merged());
    }
  }
}
