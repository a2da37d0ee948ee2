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

  /** Per word, whether it lies inside a long recurring name: the aligner's boilerplate mask. */
  boolean[] boilerplate() {
    boolean[] out = new boolean[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).boilerplate();
    }
    return out;
  }
}
