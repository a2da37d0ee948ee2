package org.precedent.search;

/**
 * One matching provision. {@code snippet} is HTML: the matched words in {@code <mark>}, everything
 * else escaped, so a page may insert it as markup; every other field is plain text. {@code
 * concepts} are the legal concepts the provision states ({@code concept:} in a query): a hit found
 * through one has no word of the query to mark, nor has one found through its {@code heading} (the
 * title of the article or guideline it stands under; null where there is none).
 */
public record Hit(
    String id,
    String instrument,
    String eid,
    String citation,
    String title,
    String status,
    String date,
    String text,
    String snippet,
    float score,
    java.util.List<String> concepts,
    String heading) {}
