package org.precedent.match;

/**
 * One normalisation applied before matching, reported to the user: {@code kind} is one of label,
 * quotes, dashes, accents, case, spelling, verb_form, reported_speech, hyphenation; {@code from} as
 * written, {@code to} as compared.
 */
public record Normalisation(String kind, String from, String to) {}
