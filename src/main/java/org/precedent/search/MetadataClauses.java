package org.precedent.search;

import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.precedent.corpus.Status;
import org.precedent.index.Concepts;
import org.precedent.index.Fields;

/**
 * The clauses a query's {@code field:value} terms and a request's filters become (instrument,
 * status, kind, body, language, concept): one term each, the value checked where a typo would
 * otherwise find nothing without saying why.
 */
final class MetadataClauses {
  private MetadataClauses() {}

  /** A metadata clause; status values are checked so a typo is an error, not zero hits. */
  static Query of(String field, String value) {
    return switch (field) {
      case "instrument" ->
          new TermQuery(new Term(Fields.INSTRUMENT, value.toLowerCase(Locale.ROOT)));
      case "status" -> new TermQuery(new Term(Fields.STATUS, status(value)));
      case "kind" -> new TermQuery(new Term(Fields.KIND, value.toLowerCase(Locale.ROOT)));
      case "body" -> new TermQuery(new Term(Fields.BODY, value));
      case "language" -> new TermQuery(new Term(Fields.LANGUAGE, value.toLowerCase(Locale.ROOT)));
      case "concept" -> new TermQuery(new Term(Fields.CONCEPT, concept(value)));
      default ->
          throw new QueryException(
              "unknown field '" + field + "'", String.join(", ", QueryParser.FIELDS));
    };
  }

  static String status(String value) {
    try {
      return Status.of(value).label();
    } catch (IllegalArgumentException e) {
      throw new QueryException(e.getMessage(), "status:treaty");
    }
  }

  static String concept(String value) {
    String id = value.toLowerCase(Locale.ROOT);
    if (!Concepts.standard().ids().contains(id)) {
      throw new QueryException(
          "unknown concept '" + value + "'", String.join(", ", Concepts.standard().ids()));
    }
    return id;
  }
}
