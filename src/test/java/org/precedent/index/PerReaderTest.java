package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** One value per open reader, built once, and built again for a reader opened later. */
class PerReaderTest {
  @Test
  void buildsOncePerReaderAndAgainForTheNextReader() throws IOException {
    AtomicInteger builds = new AtomicInteger();
    PerReader<Object> values =
        new PerReader<>(
            reader -> {
              builds.incrementAndGet();
              return new Object();
            });
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        writer.addDocument(new Document());
      }
      Object first;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        first = values.get(reader);
        assertSame(first, values.get(reader), "the same reader shares one value");
        assertEquals(1, builds.get());
      }
      try (DirectoryReader reopened = DirectoryReader.open(dir)) {
        assertNotSame(first, values.get(reopened), "a new reader gets its own value");
        assertEquals(2, builds.get());
      }
    }
  }
}
