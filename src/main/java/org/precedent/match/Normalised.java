package org.precedent.match;

import java.util.List;

/** A text as the matcher compares it: its words and the normalisations that were applied. */
public record Normalised(List<Token> tokens, List<Normalisation> normalisations) {
  public Normalised {
    tokens = List.copyOf(tokens);
    normalisations = List.copyOf(normalisations);
  }

  /** Number of words outside long recurring names. */
  public int contentSize() {
    return (int) tokens.stream().filter(t -> !t.boilerplate()).count();
  }
}
