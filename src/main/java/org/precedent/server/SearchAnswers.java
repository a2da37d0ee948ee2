package org.precedent.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.precedent.search.SearchRequest;

/**
 * Search answers already written as JSON, kept for the same request over the same corpus. Users
 * repeat searches (a phrase, then the same phrase filtered, then back), and a search costs a few
 * milliseconds of CPU over a million provisions against a tenth of one to send a stored answer.
 * Keyed by the knowledge base's generation as well as the request, so once an ingest or reindex is
 * served no answer from before it is. Bounded by the bytes of the answers and of their requests (a
 * request of many filter values may weigh more than its empty answer); the least useful go first.
 * Failed searches are not kept: they answer with their error every time.
 */
final class SearchAnswers {
  /** Outcome shown in the {@code X-Cache} header, so a caller can tell. */
  static final String HEADER = "X-Cache";

  private record Key(long generation, SearchRequest request) {
    /** Roughly the bytes the key holds: its strings as UTF-16, and each object's header. */
    int weight() {
      int bytes = 256 + 2 * request.q().length();
      for (List<String> values :
          List.of(
              request.instruments(),
              request.statuses(),
              request.kinds(),
              request.bodies(),
              request.languages())) {
        for (String v : values) {
          bytes += 48 + 2 * v.length();
        }
      }
      return bytes;
    }
  }

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
                    .<Key, byte[]>weigher((key, json) -> key.weight() + json.length)
                    .build());
  }

  /**
   * The answer kept for {@code request} in {@code generation}, or {@code search}'s, then kept. Two
   * requests for the same new search may both run it: blocking one on the other would hold a lock
   * for the length of a search.
   */
  Answer answer(long generation, SearchRequest request, Supplier<byte[]> search) {
    if (kept.isEmpty()) {
      return new Answer(search.get(), false);
    }
    Key key = new Key(generation, request);
    byte[] earlier = kept.get().getIfPresent(key);
    if (earlier != null) {
      return new Answer(earlier, true);
    }
    byte[] json = search.get();
    kept.get().put(key, json);
    return new Answer(json, false);
  }
}
