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
 * @param always read a stemmed query in each of {@code held} even where English reads it whole
 */
public record Languages(List<String> held, Predicate<Term> indexed, boolean always) {
  /** An index of English provisions only: every query is read in English alone. */
  public static final Languages ENGLISH = new Languages(List.of(), term -> true);

  public Languages {
    held = List.copyOf(held);
  }

  /** Read in other languages only where English cannot read the query whole. */
  public Languages(List<String> held, Predicate<Term> indexed) {
    this(held, indexed, false);
  }

  /**
   * Reading a query in each language of {@code filter} (a search's language filter) that the index
   * holds, whatever English reads: a search within French provisions is asked in French.
   * "protection des victimes", every word of which some English provision holds, was read in
   * English alone and found nothing with {@code language=fr}, though the Algerian statement says
   * it. Unchanged when the filter names none of them.
   */
  public Languages readingIn(List<String> filter) {
    List<String> named = held.stream().filter(filter::contains).toList();
    return named.isEmpty() ? this : new Languages(named, indexed, true);
  }

  /** Reading a query in every language held, whatever English reads. */
  public Languages readingAll() {
    return held.isEmpty() ? this : new Languages(held, indexed, true);
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
