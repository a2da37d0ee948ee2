package org.precedent.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Supplier;
import org.precedent.search.SearchRequest;

/**
 * Search answers already written as JSON, kept for the same request over the same index. Users
 * repeat searches (a phrase, then the same phrase filtered, then back), and a search costs a few
 * milliseconds of CPU over a million provisions against a tenth of one to send a stored answer.
 * Keyed by the index snapshot as well as the request, so an ingest or reindex, which publishes a
 * new snapshot, is never answered from before it. Bounded by the answers' bytes; the least useful
 * go first. Failed searches are not kept: they answer with their error every time.
 */
final class SearchAnswers {
  /** Outcome shown in the {@code X-Cache} header, so a caller can tell. */
  static final String HEADER = "X-Cache";

  private record Key(String snapshot, SearchRequest request) {}

  /** One answer, and whether it was kept from an earlier request. */
  record Answer(byte[] json, boolean kept) {}

  private final Optional<Cache<Key, byte[]>> kept;

  /**
   * @param maxBytes total size of the answers kept; 0 keeps none
   */
  SearchAnswers(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("a cache size cannot be negative: " + maxBytes);
    }
    this.kept =
        maxBytes == 0
            ? Optional.empty()
            : Optional.of(
                Caffeine.newBuilder()
                    .maximumWeight(maxBytes)
                    .<Key, byte[]>weigher((key, json) -> json.length)
                    .build());
  }

  /**
   * The answer kept for {@code request} over {@code snapshot}, or {@code search}'s, then kept. Two
   * requests for the same new search may both run it: blocking one on the other would hold a lock
   * for the length of a search.
   */
  Answer answer(String snapshot, SearchRequest request, Supplier<byte[]> search) {
    if (kept.isEmpty()) {
      return new Answer(search.get(), false);
    }
    Key key = new Key(snapshot, request);
    byte[] earlier = kept.get().getIfPresent(key);
    if (earlier != null) {
      return new Answer(earlier, true);
    }
    byte[] json = search.get();
    kept.get().put(key, json);
    return new Answer(json, false);
  }
}
