package org.precedent.corpus.ingest;

import java.util.List;

/**
 * Plain text is taken as it is: the corpus file format already is text with blank-line paragraphs.
 */
final class PlainSource {
  private PlainSource() {}

  static List<String> lines(String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!normalised.isEmpty() && normalised.charAt(0) == '\uFEFF') {
      normalised = normalised.substring(1);
    }
    return List.of(normalised.split("\n", -1)).stream().map(String::stripTrailing).toList();
  }
}
