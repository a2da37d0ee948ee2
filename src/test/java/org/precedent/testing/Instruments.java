package org.precedent.testing;

import org.precedent.corpus.Instrument;
import org.precedent.corpus.Status;

/** Instruments for tests that need only an id, a title, a kind and a status. */
public final class Instruments {
  private Instruments() {}

  /** No symbol, body, date, source or links: what a parser or an index needs, and nothing else. */
  public static Instrument plain(String id, String title, String kind, Status status) {
    return new Instrument(
        id, title, null, null, null, null, null, kind, status, "en", null, null, null, null, null,
        null, null, null, null, null);
  }
}
