package org.precedent.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * A value worked out once per index reader and dropped when that reader closes: what a read-only
 * snapshot lets every request share (search's ranking columns, the check's word weights). A reader
 * that cannot say when it closes gets a fresh value each time, rather than one that would outlive
 * it.
 */
public final class PerReader<T> {
  private final Map<IndexReader.CacheKey, T> byReader = new ConcurrentHashMap<>();
  private final Function<IndexReader, T> build;

  public PerReader(Function<IndexReader, T> build) {
    this.build = build;
  }

  /** The value for {@code reader}, built on first use. */
  public T get(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build.apply(reader);
    }
    return byReader.computeIfAbsent(
        helper.getKey(),
        key -> {
          helper.addClosedListener(byReader::remove);
          return build.apply(reader);
        });
  }
}
