package org.precedent.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Outline;
import org.precedent.corpus.Provision;

/** Turns a parsed {@link Provision} into its Lucene document; indexing never parses text. */
public final class ProvisionDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Analysed text with positions, for phrases and NEAR. No offsets: snippets find them by running
   * the tokenizer again over the few provisions of a page ({@code search.PositionOffsets}). Without
   * them the index of 100k synthetic provisions is 14% smaller (95 MB, not 110) and one writer
   * thread takes about 0.96 of the time ({@code bench/pair ... index}).
   */
  static final FieldType SEARCH_TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /**
   * Shingles only say which provisions hold a run: the check scores a shared run by its rarity
   * alone, and a quotation's candidate search (BM25) counts a run once per provision, so no counts
   * or positions are written. Without the counts, one-thread indexing at 100k provisions was about
   * 6% faster (two rounds alternating with the counts kept).
   */
  static final FieldType REUSE_TEXT = textType(IndexOptions.DOCS);

  private final Analyzer exact = Analysis.exactIndexed();
  private final Analyzer reuse = Analysis.reuse();

  /** The text fields' streams, replaying each document's analysis in turn. */
  private final RecordedTokens.Player words = new RecordedTokens.Player();

  private final RecordedTokens.Player pairs = new RecordedTokens.Player();
  private final RecordedTokens.Player exactWords = new RecordedTokens.Player();
  private final RecordedTokens.Player runs = new RecordedTokens.Player();

  private final Concepts concepts = Concepts.standard();
  private final AnalysedTexts texts;

  public ProvisionDocuments() {
    this(new AnalysedTexts());
  }

  /** Sharing {@code texts} with the build's other writer threads. */
  ProvisionDocuments(AnalysedTexts texts) {
    this.texts = texts;
  }

  private static FieldType textType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  /**
   * The document of {@code entry}. Its text fields replay through streams this instance reuses, so
   * it must be indexed before the next call: one instance serves one writer thread.
   */
  public Document toDocument(Indexer.Entry entry) {
    Instrument instrument = entry.instrument();
    Provision provision = entry.provision();
    Document doc = new Document();
    keyword(doc, Fields.ID, provision.id().toString());
    // Sorted by id as the last tie-break, so equal scores come back in a stable order.
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(provision.id().toString())));
    doc.add(new NumericDocValuesField(Fields.NODE, NodeKeys.of(provision.id().toString())));
    for (String ancestor : NodeKeys.ancestors(provision.id().toString())) {
      doc.add(new SortedNumericDocValuesField(Fields.ANCESTORS, NodeKeys.of(ancestor)));
    }
    keyword(doc, Fields.INSTRUMENT, provision.instrument());
    facet(doc, Fields.INSTRUMENT, provision.instrument());
    keyword(doc, Fields.EID, provision.eid());
    provision.id().parentEid().ifPresent(parent -> keyword(doc, Fields.PARENT, parent));
    keyword(doc, Fields.LEAF, Boolean.toString(provision.children().isEmpty()));
    keyword(doc, Fields.KIND, instrument.kind());
    facet(doc, Fields.KIND, instrument.kind());
    keyword(doc, Fields.STATUS, provision.status().label());
    facet(doc, Fields.STATUS, provision.status().label());
    doc.add(new NumericDocValuesField(Fields.AUTHORITY, provision.status().authorityRank()));
    doc.add(new NumericDocValuesField(Fields.WORDS, TextKey.words(provision.text())));
    if (instrument.body() != null) {
      keyword(doc, Fields.BODY, instrument.body());
      facet(doc, Fields.BODY, instrument.body());
    }
    keyword(doc, Fields.LANGUAGE, provision.language());
    facet(doc, Fields.LANGUAGE, provision.language());
    doc.add(new NumericDocValuesField(Fields.ORDINAL, provision.ordinal()));
    doc.add(new NumericDocValuesField(Fields.DATE_SORT, dateSortKey(instrument.date())));
    instrument
        .year()
        .ifPresent(
            year -> {
              doc.add(new IntPoint(Fields.YEAR, year));
              doc.add(new SortedSetDocValuesField(Fields.YEAR, new BytesRef(year.toString())));
            });
    AnalysedTexts.Analysed analysed =
        texts.of(provision.language(), provision.text(), () -> analyse(provision));
    doc.add(new Field(Fields.TEXT, words.play(analysed.words()), SEARCH_TEXT));
    doc.add(new Field(Fields.TEXT_PAIRS, pairs.play(analysed.pairs()), SEARCH_TEXT));
    // Not stored on its own: the record below holds the text.
    doc.add(new Field(Fields.TEXT_EXACT, exactWords.play(analysed.exact()), SEARCH_TEXT));
    doc.add(new Field(Fields.REUSE, runs.play(analysed.reuse()), REUSE_TEXT));
    analysed.key().ifPresent(key -> keyword(doc, Fields.TEXT_KEY, key));
    if (entry.ownHeading() && provision.heading() != null && !provision.heading().isBlank()) {
      // Read through now, as the text is: the shared chain is then free for the next field.
      TokenStream heading = Analysis.stemmed(provision.language(), provision.heading()).words();
      doc.add(new Field(Fields.HEADING, heading, SEARCH_TEXT));
    }
    for (String concept : analysed.concepts()) {
      doc.add(new StringField(Fields.CONCEPT, concept, Field.Store.NO));
    }
    doc.add(new StoredField(Fields.RECORD, toJson(provision)));
    doc.add(new BinaryDocValuesField(Fields.VIEW, ProvisionView.of(provision).encode()));
    doc.add(
        new BinaryDocValuesField(
            Fields.HIT, HitDetails.of(provision.heading(), analysed.concepts()).encode()));
    return doc;
  }

  /** What the document takes from its text alone, for every provision with the same text. */
  private AnalysedTexts.Analysed analyse(Provision provision) {
    String text = provision.text();
    Analysis.Stemmed stemmed = Analysis.stemmed(provision.language(), text);
    return new AnalysedTexts.Analysed(
        RecordedTokens.of(stemmed.words()),
        RecordedTokens.of(stemmed.pairs()),
        RecordedTokens.of(exact.tokenStream(Fields.TEXT_EXACT, text)),
        RecordedTokens.of(reuse.tokenStream(Fields.REUSE, text)),
        java.util.Collections.unmodifiableSet(concepts.tag(text)),
        TextKey.of(text));
  }

  /**
   * Indexed for filters and lookups, not stored: lookups are rebuilt from the stored record and
   * hits from the doc values ({@link Fields#VIEW}, {@link Fields#HIT}), and storing each value
   * again cost every document a stored-fields write.
   */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
  }

  private static void facet(Document doc, String field, String value) {
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** "2010-07-30" becomes 20100730; "2010" becomes 20100000; no date sorts first. */
  static int dateSortKey(String date) {
    if (date == null) {
      return 0;
    }
    String digits = date.replaceAll("[^0-9]", "");
    if (digits.length() < 4) {
      return 0;
    }
    String padded = (digits + "0000").substring(0, 8);
    return Integer.parseInt(padded);
  }

  /**
   * Marks a record whose own text is its whole text (every leaf), so that neither is stored in it.
   */
  private static final String OWN_TEXT_IS_TEXT = "ownTextIsText";

  private static final ObjectWriter WITHOUT_TEXT =
      JSON.copy().addMixIn(Provision.class, WithoutText.class).writer();

  private static final ObjectWriter WITHOUT_TEXTS =
      JSON.copy()
          .addMixIn(Provision.class, WithoutTexts.class)
          .writer()
          .withAttribute(OWN_TEXT_IS_TEXT, true);

  /** A provision's record without its text. */
  @JsonIgnoreProperties({"text"})
  private interface WithoutText {}

  /** A leaf's record: neither its text nor its own text, and the mark that they are one. */
  @JsonIgnoreProperties({"text", "ownText"})
  @JsonAppend(attrs = @JsonAppend.Attr(OWN_TEXT_IS_TEXT))
  private interface WithoutTexts {}

  /**
   * The stored record: the provision as JSON, less its text, which the check's view ({@link
   * Fields#VIEW}) already holds. A leaf's own text is its text, so it goes too. Without these two
   * copies the index of a million provisions fell from 1.1 GB to 849 MB. Written in one pass by
   * writers that leave the texts out: building a tree of the whole provision to remove them took 4%
   * of a writer thread's time at 100k provisions.
   */
  static String toJson(Provision provision) {
    boolean leaf = java.util.Objects.equals(provision.ownText(), provision.text());
    try {
      return (leaf ? WITHOUT_TEXTS : WITHOUT_TEXT).writeValueAsString(provision);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("provision " + provision.id() + " cannot be serialised", e);
    }
  }

  /**
   * Rebuilds the exact provision from its stored record and the text its view holds. The two are
   * read from different parts of the index, so the text must match the record's hash of it.
   */
  static Provision fromJson(String json, String text) {
    Provision provision;
    try {
      ObjectNode record = (ObjectNode) JSON.readTree(json);
      record.put("text", text);
      if (record.path(OWN_TEXT_IS_TEXT).asBoolean(false)) {
        record.remove(OWN_TEXT_IS_TEXT);
        record.put("ownText", text);
      }
      provision = JSON.treeToValue(record, Provision.class);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("index holds an unreadable provision record", e);
    }
    if (!Outline.sha256(text).equals(provision.hash())) {
      throw new IllegalStateException(
          "index holds a text that does not match the hash in its record: " + provision.id());
    }
    return provision;
  }
}
