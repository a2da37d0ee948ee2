package org.precedent.search;

/**
 * One matching provision. {@code snippet} is HTML: the matched words in {@code <mark>}, everything
 * else escaped, so a page may insert it as markup; every other field is plain text.
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
    float score) {}
