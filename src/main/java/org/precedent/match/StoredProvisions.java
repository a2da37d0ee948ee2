package org.precedent.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.precedent.corpus.Provision;
import org.precedent.index.ProvisionIndex;

/**
 * Candidate provisions as read from the index, kept across checks. Reading one stored document
 * decompresses a whole block of them, and the same provisions are candidates for check after check;
 * doc ids are only meaningful for one reader, so a new reader starts a new cache.
 */
final class StoredProvisions {
  /**
   * Enough for every candidate of a long session over the shipped corpus; a bound for huge ones.
   */
  private static final int MAX = 50_000;

  private record Cache(IndexReader reader, Map<Integer, Provision> byDoc) {}

  private volatile Cache cache = new Cache(null, Map.of());

  Provision get(IndexSearcher searcher, int doc) {
    Cache c = cache;
    if (c.reader() != searcher.getIndexReader()) {
      c = new Cache(searcher.getIndexReader(), new ConcurrentHashMap<>());
      cache = c;
    } else if (c.byDoc().size() > MAX) {
      c.byDoc().clear();
    }
    return c.byDoc().computeIfAbsent(doc, d -> read(searcher, d));
  }

  private static Provision read(IndexSearcher searcher, int doc) {
    try {
      return ProvisionIndex.record(searcher, doc);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read a candidate provision: " + e.getMessage(), e);
    }
  }
}
