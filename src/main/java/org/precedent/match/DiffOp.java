package org.precedent.match;

/**
 * One run of a word diff from the precedent to the draft: {@code op} is equal (words both share, as
 * the draft writes them), insert (the draft's words the precedent lacks) or delete (the precedent's
 * words the draft dropped).
 */
public record DiffOp(String op, String text) {
  public static final String EQUAL = "equal";
  public static final String INSERT = "insert";
  public static final String DELETE = "delete";
}
