package org.precedent.match;

/**
 * A difference with legal weight between a precedent and a draft: {@code from} as the precedent
 * words it (empty when the draft adds it), {@code to} as the draft does (empty when dropped), and
 * what it does ("weakens: shall → should").
 */
public record WeightChange(String from, String to, String effect) {}
