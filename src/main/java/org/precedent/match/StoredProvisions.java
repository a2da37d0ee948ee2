package org.precedent.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.precedent.index.ProvisionView;
import org.precedent.index.ViewReader;

/**
 * Candidate provisions as read from the index and normalised, kept across checks: the same
 * provisions are candidates for check after check. Doc ids are only meaningful for one reader, so a
 * new reader starts a new cache. A text found in several provisions is normalised once, and they
 * share its {@link Normalised}: agreed language recurs word for word from resolution to resolution
 * (in the check's benchmark at a million provisions, 43% of the candidates fetched for alignment
 * held the same text as another candidate of the same segment), and the check aligns a shared text
 * once per segment ({@link Checker}).
 */
final class StoredProvisions {
  /**
   * Every provision of the shipped corpus fits several times over; on a huge corpus the cache is
   * emptied when it passes this, so its memory stays bounded (a normalised provision of average
   * length is a few KB).
   */
  static final int MAX = 20_000;

  /** A provision as the check reads it, with its normalised words. */
  record Stored(ProvisionView provision, Normalised words) {}

  private record Cache(
      IndexReader reader, Map<Integer, Stored> byDoc, Map<String, Normalised> byText) {}

  private final Normaliser normaliser;
  private volatile Cache cache = new Cache(null, Map.of(), Map.of());

  StoredProvisions(Normaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** The provision at {@code doc} of the reader {@code views} reads. */
  Stored get(ViewReader views, int doc) {
    Cache c = cache;
    if (c.reader() != views.reader()) {
      c = new Cache(views.reader(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
      cache = c;
    } else if (c.byDoc().size() >= MAX) {
      c.byDoc().clear();
      c.byText().clear();
    }
    Map<String, Normalised> byText = c.byText();
    return c.byDoc().computeIfAbsent(doc, d -> read(views, d, byText));
  }

  private Stored read(ViewReader views, int doc, Map<String, Normalised> byText) {
    try {
      ProvisionView provision = views.view(doc);
      return new Stored(provision, byText.computeIfAbsent(provision.text(), normaliser::normalise));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read a candidate provision: " + e.getMessage(), e);
    }
  }
}
