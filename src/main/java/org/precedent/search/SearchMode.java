package org.precedent.search;

import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * How words are matched. Stemmed: "traffic" finds "trafficking", stopwords ignored. Exact: no
 * stemming and every word kept, because "shall"/"should" and "of"/"for" carry the legal weight.
 */
public enum SearchMode {
  STEMMED("stemmed", Fields.TEXT, Analysis.english()),
  EXACT("exact", Fields.TEXT_EXACT, Analysis.exact());

  private final String label;
  private final String field;
  private final Analyzer analyzer;

  SearchMode(String label, String field, Analyzer analyzer) {
    this.label = label;
    this.field = field;
    this.analyzer = analyzer;
  }

  public String label() {
    return label;
  }

  /** The index field this mode searches. */
  public String field() {
    return field;
  }

  /** The analysis chain that produced {@link #field()}, applied to query words too. */
  public Analyzer analyzer() {
    return analyzer;
  }

  public static SearchMode of(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(m -> m.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> new QueryException("unknown mode '" + label + "'", "use stemmed or exact"));
  }
}
