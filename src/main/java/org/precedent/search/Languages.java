package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * What an index tells the compiler about reading a stemmed query in other languages ({@link
 * QueryCompiler}): the languages besides English whose provisions it holds in stems of their own
 * ({@link Analysis#STEMMED_LANGUAGES}), and whether it holds a term at all.
 *
 * @param held languages besides English with provisions in the index
 * @param indexed whether some provision holds a term
 */
public record Languages(List<String> held, Predicate<Term> indexed) {
  /** An index of English provisions only: every query is read in English alone. */
  public static final Languages ENGLISH = new Languages(List.of(), term -> true);

  public Languages {
    held = List.copyOf(held);
  }

  /**
   * What {@code reader} holds; it must stay open while the result is used. For one search: a term
   * is looked up once however many of the search's queries ask (ranked, shown, marked), and the
   * result is not for sharing between threads.
   */
  public static Languages of(IndexReader reader) {
    List<String> held = new ArrayList<>();
    List<String> stemmed = Analysis.STEMMED_LANGUAGES;
    for (String language : stemmed.subList(1, stemmed.size())) {
      if (docFreq(reader, new Term(Fields.LANGUAGE, language)) > 0) {
        held.add(language);
      }
    }
    Map<Term, Boolean> known = new HashMap<>();
    return new Languages(held, term -> known.computeIfAbsent(term, t -> docFreq(reader, t) > 0));
  }

  private static int docFreq(IndexReader reader, Term term) {
    try {
      return reader.docFreq(term);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }
}
