package org.precedent.cite;

/** One word-diff operation: equal, insert (in the quote only) or delete (in the provision only). */
public record DiffOp(String op, String text) {}
