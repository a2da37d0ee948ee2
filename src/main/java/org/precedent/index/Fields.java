package org.precedent.index;

/** Every Lucene field name, once, each with the reason it exists. */
public final class Fields {
  private Fields() {}

  /** "instrument/eid": exact lookup of one provision and the unit of every hit. */
  public static final String ID = "id";

  /** Instrument id: filter ("instrument:tip-protocol") and facet. */
  public static final String INSTRUMENT = "instrument";

  /** eid within the instrument: shown in hits and permalinks. */
  public static final String EID = "eid";

  /** eid of the parent provision: lets the page walk up from a subparagraph to its article. */
  public static final String PARENT = "parent";

  /** "true" for provisions without children: search prefers them so a hit is the smallest unit. */
  public static final String LEAF = "leaf";

  /** Instrument kind (treaty, resolution, decision, principles, report, ...): filter and facet. */
  public static final String KIND = "kind";

  /** Adoption status, the fact that ranks authority: filter and facet. */
  public static final String STATUS = "status";

  /** Status authority rank (0 = treaty): the primary key of sort=authority. */
  public static final String AUTHORITY = "authority";

  /** Adopting or issuing body (General Assembly, CCPCJ, OHCHR, ...): filter and facet. */
  public static final String BODY = "body";

  /** Language code (en, es, fr): filter, and the choice of analysis for {@link #TEXT}. */
  public static final String LANGUAGE = "language";

  /** Instrument date as yyyymmdd (missing parts as 0): sort=date and tie-breaks. */
  public static final String DATE_SORT = "date_sort";

  /**
   * Position within the instrument: outlines come back in document order even from an index written
   * by several threads.
   */
  public static final String ORDINAL = "ordinal";

  /**
   * The order in which the build took the provision: the index's order among provisions of equal
   * authority and length ({@link Indexer#AUTHORITY_ORDER}), so that every build of a corpus, by one
   * writer thread or several, holds its provisions in the same order and breaks equal scores alike.
   */
  public static final String SEQUENCE = "sequence";

  /**
   * How many words the provision has ({@link TextKey#words}): the index's order among provisions of
   * equal authority, the shorter first ({@link Indexer#AUTHORITY_ORDER}).
   */
  public static final String WORDS = "words";

  /** The provision's words as one term ({@link TextKey}): the check's verbatim candidates. */
  public static final String TEXT_KEY = "text_key";

  /**
   * A 64-bit key of the provision's id ({@link NodeKeys}), and the keys of all its ancestors:
   * search collapses a parent into a better-matching descendant from these doc values alone,
   * without reading an id string per match.
   */
  public static final String NODE = "node";

  public static final String ANCESTORS = "ancestors";

  /** Year: range filter (year_from, year_to) and the year facet. */
  public static final String YEAR = "year";

  /** The doc-value fields search counts facets over: instrument, status, kind, year. */
  public static final java.util.List<String> FACETS =
      java.util.List.of(INSTRUMENT, STATUS, KIND, YEAR);

  /**
   * Stemmed text (English KStem; Spanish and French documents get their own stemmer): recall across
   * inflections, with the traffic/trafficking word family as one term ({@link WordFamilyFilter}).
   * Positions, no offsets: snippets find where a match lies from its positions ({@code
   * search.PositionOffsets}).
   */
  public static final String TEXT = "text";

  /**
   * Unstemmed text with stopwords kept: in legal drafting "shall"/"should" and "of"/"for" are the
   * content, so exact mode must see them.
   */
  public static final String TEXT_EXACT = "text_exact";

  /**
   * Each stemmed word joined to the next one kept, with one "_" per stopword dropped between them
   * ({@link StemPairFilter}), at the first word's position: a stemmed phrase reads these instead of
   * the positions of its words, which are common. Positions for phrases of three words or more; no
   * offsets (snippets mark the words of {@link #TEXT}).
   */
  public static final String TEXT_PAIRS = "text_pairs";

  /**
   * Word shingles of normalised tokens, hashed ({@link ShingleHashFilter}): cheap candidates for
   * the agreed-language matcher, where shared multi-word runs (not shared rare words) signal reuse.
   */
  public static final String REUSE = "reuse";

  /**
   * Legal concepts the provision states ({@link Concepts}): a search for "non-punishment" also
   * finds Principle 7, which says "shall not be detained, charged or prosecuted" instead.
   */
  public static final String CONCEPT = "concept";

  /**
   * The provision's own heading (a treaty article's title, a guideline's), stemmed as its text: a
   * search for "repatriation" finds article 8 of the Protocol, whose title says it and whose
   * paragraphs say "return". Only in the provision it is the title of, not in the paragraphs under
   * it ({@link Indexer.Entry#ownHeading}). Positions for phrases; no offsets (snippets mark the
   * text).
   */
  public static final String HEADING = "heading";

  /**
   * The provision record as JSON, less the text {@link #VIEW} holds: with it, a lookup is rebuilt
   * exactly, with provenance.
   */
  public static final String RECORD = "record";

  /**
   * Binary doc value: what the agreed-language check reads of a candidate ({@link ProvisionView}),
   * and the only copy of a provision's text in the index. A check reads thousands of candidates; a
   * stored record costs a block decompression and a JSON parse each.
   */
  public static final String VIEW = "view";

  /**
   * Binary doc value: what a hit shows beyond its view, the heading and the concepts ({@link
   * HitDetails}). Built from the stored record, a page of hits spent more than a fifth of a
   * one-word search over 100k provisions decompressing blocks of records and parsing their JSON,
   * and another 6% tagging each text's concepts again.
   */
  public static final String HIT = "hit";
}
