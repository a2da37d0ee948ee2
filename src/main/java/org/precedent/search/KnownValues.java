package org.precedent.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;

/**
 * The metadata values a search can filter on, from the manifest: a value no instrument has would
 * find nothing without saying why ({@code kind=convention} where the manifest says "treaty", {@code
 * body=general assembly} where it says "General Assembly"), so it is refused with the values there
 * are. Checked alike for a request's filters and for {@code field:value} in the query. Statuses and
 * concepts are checked where they are read ({@link MetadataClauses}).
 */
final class KnownValues {
  /** Values listed in a refusal; a corpus of twenty thousand instruments has hundreds of bodies. */
  private static final int LISTED = 12;

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Set<String> instruments;
  private final Set<String> kinds;
  private final Set<String> bodies;
  private final Set<String> languages;

  /**
   * @param indexedLanguage whether some provision of the index is in a language: a provision's
   *     language may differ from its instrument's (a statement quoting another)
   */
  private final Predicate<String> indexedLanguage;

  KnownValues(Manifest manifest, Predicate<String> indexedLanguage) {
    List<Instrument> all = manifest.instruments();
    this.instruments = values(all.stream().map(Instrument::id).toList());
    this.kinds = values(all.stream().map(i -> lower(i.kind())).toList());
    this.bodies = values(all.stream().map(Instrument::body).toList());
    this.languages = values(all.stream().map(i -> lower(i.language())).toList());
    this.indexedLanguage = indexedLanguage;
  }

  private static Set<String> values(Collection<String> given) {
    return given.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  /** Refuses the first filter of {@code request} naming a value no instrument has. */
  void check(SearchRequest request) {
    request.instruments().forEach(v -> check("instrument", v.strip()));
    request.kinds().forEach(v -> check("kind", v.strip()));
    request.bodies().forEach(v -> check("body", v.strip()));
    request.languages().forEach(v -> check("language", v.strip()));
  }

  /** Refuses the first {@code field:value} of {@code query} naming a value no instrument has. */
  void check(QueryNode query) {
    if (query instanceof QueryNode.FieldValue f) {
      check(f.field(), f.value());
    } else if (query instanceof QueryNode.And a) {
      a.clauses().forEach(this::check);
    } else if (query instanceof QueryNode.Or o) {
      o.clauses().forEach(this::check);
    } else if (query instanceof QueryNode.Not n) {
      check(n.clause());
    } else if (query instanceof QueryNode.Near n) {
      check(n.left());
      check(n.right());
    }
  }

  private void check(String field, String value) {
    switch (field) {
      case "instrument" -> {
        if (!instruments.contains(lower(value))) {
          throw new QueryException(
              "unknown instrument '" + value + "'",
              "an instrument id as /api/instruments lists them, e.g. instrument=tip-protocol");
        }
      }
      case "kind" -> require(field, value, lower(value), kinds, "");
      case "body" -> require(field, value, value, bodies, "");
      case "language" -> {
        // Any language code is a fair question ("none in French"), a misspelt one is not.
        String code = lower(value);
        if (!ISO_LANGUAGES.contains(code) && !indexedLanguage.test(code)) {
          require(field, value, code, languages, "a two-letter code, e.g. fr; ");
        }
      }
      default -> {} // status and concept are checked as they are read
    }
  }

  /** Refuses {@code given} unless {@code value}, its form as indexed, is {@code known}. */
  private static void require(
      String field, String given, String value, Set<String> known, String hint) {
    if (known.contains(value)) {
      return;
    }
    String near =
        known.stream()
            .filter(k -> k.equalsIgnoreCase(value))
            .findFirst()
            .map(k -> "did you mean '" + k + "'? ")
            .orElse("");
    String listed =
        known.size() > LISTED
            ? known.stream().limit(LISTED).collect(Collectors.joining(", "))
                + ", … ("
                + known.size()
                + " in all)"
            : String.join(", ", known);
    throw new QueryException(
        "unknown " + field + " '" + given + "'", near + hint + "in the corpus: " + listed);
  }
}
