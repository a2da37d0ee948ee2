package org.precedent.cite;

import java.util.List;

/** The answer to a cite request: the citations in text order and the corpus snapshot served. */
public record CiteResult(List<Citation> citations, String snapshot) {
  public CiteResult {
    citations = List.copyOf(citations);
  }
}
