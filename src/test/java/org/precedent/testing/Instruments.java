package org.precedent.testing;

import java.util.List;
import java.util.Map;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Status;

/**
 * Instruments for tests, built from the few fields a test is about: {@link #plain} for an id, a
 * title, a kind and a status alone, {@link #of} for more, everything else left out as a manifest
 * entry would leave it.
 */
public final class Instruments {
  private Instruments() {}

  /** No symbol, body, date, source or links: what a parser or an index needs, and nothing else. */
  public static Instrument plain(String id, String title, String kind, Status status) {
    return of(id, title, kind, status).build();
  }

  /** A builder starting from {@link #plain}'s fields. */
  public static Builder of(String id, String title, String kind, Status status) {
    return new Builder(id, title, kind, status);
  }

  /** An instrument's fields, set one by one. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final String kind;
    private final Status status;
    private String shortTitle;
    private List<String> aliases;
    private String symbol;
    private String body;
    private String date;
    private Instrument.SourceSpec source;
    private String text;
    private String layout;
    private List<List<Integer>> drop;
    private Map<String, String> attributes;
    private List<List<Integer>> footnotes;

    private Builder(String id, String title, String kind, Status status) {
      this.id = id;
      this.title = title;
      this.kind = kind;
      this.status = status;
    }

    public Builder names(String shortTitle, List<String> aliases, String symbol) {
      this.shortTitle = shortTitle;
      this.aliases = aliases;
      this.symbol = symbol;
      return this;
    }

    public Builder adopted(String body, String date) {
      this.body = body;
      this.date = date;
      return this;
    }

    /** Where its text comes from: the source lines, the corpus text file and its layout. */
    public Builder text(Instrument.SourceSpec source, String text, String layout) {
      this.source = source;
      this.text = text;
      this.layout = layout;
      return this;
    }

    public Builder drop(List<List<Integer>> drop) {
      this.drop = drop;
      return this;
    }

    public Builder attributes(Map<String, String> attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder footnotes(List<List<Integer>> footnotes) {
      this.footnotes = footnotes;
      return this;
    }

    public Instrument build() {
      return new Instrument(
          id,
          title,
          shortTitle,
          aliases,
          symbol,
          body,
          date,
          kind,
          status,
          "en",
          source,
          text,
          layout,
          drop,
          null,
          null,
          attributes,
          null,
          null,
          footnotes);
    }
  }
}
