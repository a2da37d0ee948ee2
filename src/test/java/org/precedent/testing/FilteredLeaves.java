package org.precedent.testing;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * An index read through a filter on each of its leaves, for tests that change what a leaf says
 * about itself (its sort, its doc values) without writing another index.
 */
public final class FilteredLeaves {
  private FilteredLeaves() {}

  /**
   * A leaf read through a filter. It shares no cache with the leaf it wraps: Lucene keys its caches
   * on a reader's cache helper, and a filtered leaf may answer differently.
   */
  public abstract static class Uncached extends FilterLeafReader {
    protected Uncached(LeafReader in) {
      super(in);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  /** A searcher over {@code searcher}'s index with each leaf read through {@code wrap}. */
  public static IndexSearcher searcher(IndexSearcher searcher, UnaryOperator<LeafReader> wrap)
      throws IOException {
    FilterDirectoryReader.SubReaderWrapper leaves =
        new FilterDirectoryReader.SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader leaf) {
            return wrap.apply(leaf);
          }
        };
    IndexSearcher out =
        new IndexSearcher(
            new FilterDirectoryReader((DirectoryReader) searcher.getIndexReader(), leaves) {
              @Override
              protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) {
                throw new UnsupportedOperationException();
              }

              @Override
              public CacheHelper getReaderCacheHelper() {
                return null;
              }
            });
    out.setSimilarity(searcher.getSimilarity());
    return out;
  }
}
