package org.precedent.search;

import java.util.List;

/**
 * One search as the API, the CLI and the page ask for it. Invalid values are rejected here with a
 * {@link QueryException}, so every entry point reports the same errors.
 *
 * @param instruments instrument ids, any of which may match (empty: all)
 * @param statuses status labels, any of which may match (empty: all)
 * @param kinds instrument kinds, any of which may match (empty: all)
 * @param bodies adopting bodies exactly as recorded, any of which may match (empty: all)
 * @param languages language codes, any of which may match (empty: all)
 * @param yearFrom first year included, or null
 * @param yearTo last year included, or null
 * @param exactTotal count every match, however many; otherwise a search stops counting at {@link
 *     #COUNTED_MATCHES} and skips what it can of the matches that cannot reach the page
 */
public record SearchRequest(
    String q,
    SearchMode mode,
    List<String> instruments,
    List<String> statuses,
    List<String> kinds,
    List<String> bodies,
    List<String> languages,
    Integer yearFrom,
    Integer yearTo,
    SortOrder sort,
    int limit,
    int offset,
    boolean exactTotal) {
  public static final int MAX_QUERY = 2000;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  /** Values one filter may list: more instruments than a page of chips, fewer than a flood. */
  public static final int MAX_FILTER_VALUES = 100;

  /**
   * Matches a relevance-ordered search counts before it reports a lower bound: an exact count
   * beyond it costs a visit to every match (half a million for "trafficking in persons" over a
   * million provisions), while the page needs only those that can reach it; nobody pages further
   * (offsets stop at {@link #MAX_OFFSET}).
   */
  public static final int COUNTED_MATCHES = 10_000;

  public SearchRequest {
    if (q == null || q.isBlank()) {
      throw new QueryException("q is required", "e.g. q=\"position of vulnerability\"");
    }
    if (q.length() >= MAX_QUERY) {
      throw new QueryException(
          "q is too long (" + q.length() + " characters)",
          "keep it under " + MAX_QUERY + " characters; to compare a whole draft use /api/check");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException("limit must be between 1 and " + MAX_LIMIT, "limit=" + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new QueryException("offset must be between 0 and " + MAX_OFFSET, "offset=" + offset);
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new QueryException(
          "year_from is after year_to", "year_from=" + yearFrom + ", year_to=" + yearTo);
    }
    mode = mode == null ? SearchMode.STEMMED : mode;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    instruments = given("instrument", instruments);
    kinds = given("kind", kinds);
    bodies = given("body", bodies);
    languages = given("language", languages);
    statuses = given("status", statuses).stream().map(MetadataClauses::status).distinct().toList();
  }

  /** This request with another query: the same filters, sort and page. */
  public SearchRequest withQuery(String other) {
    return with(other, sort, limit, offset);
  }

  /**
   * The values of a filter a caller gave: none when null, repeats left out, sorted. Any of them may
   * match, so order and repeats change no answer, only whether two requests are equal (and so share
   * a kept answer). A blank value is refused as an unknown one is: left out, {@code status=} gave
   * every status, an answer to a question not asked.
   */
  private static List<String> given(String name, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_FILTER_VALUES) {
      throw new QueryException(
          "too many values for " + name + " (" + values.size() + ")",
          "at most " + MAX_FILTER_VALUES + " per filter");
    }
    if (values.stream().anyMatch(String::isBlank)) {
      throw emptyValue(name);
    }
    return values.stream().distinct().sorted().toList();
  }

  /** What a parameter given with no value ({@code status=}) is told. */
  public static QueryException emptyValue(String name) {
    return new QueryException(
        "parameter '" + name + "' has an empty value", "give it a value or leave it out");
  }

  /** A search for {@code q} with every default: stemmed, no filters, relevance, first 20. */
  public static SearchRequest of(String q) {
    return of(q, SearchMode.STEMMED);
  }

  /** A search for {@code q} in {@code mode}, with every other default. */
  public static SearchRequest of(String q, SearchMode mode) {
    return new SearchRequest(
        q, mode, null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0, false);
  }

  /** This search in {@code sort} order, {@code limit} hits from {@code offset}. */
  public SearchRequest page(SortOrder sort, int limit, int offset) {
    return with(q, sort, limit, offset);
  }

  private SearchRequest with(String query, SortOrder order, int size, int from) {
    return new SearchRequest(
        query,
        mode,
        instruments,
        statuses,
        kinds,
        bodies,
        languages,
        yearFrom,
        yearTo,
        order,
        size,
        from,
        exactTotal);
  }
}
