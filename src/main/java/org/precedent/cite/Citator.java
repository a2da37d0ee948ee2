package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The cite stage's entry point: find the citations in a text and resolve each. At most {@link
 * #LIMIT} are resolved per request; the rest come back with status 429 (CourtListener's rule), so a
 * huge paste cannot turn into thousands of lookups.
 */
public final class Citator {
  public static final int LIMIT = 250;
  public static final int MAX_TEXT = 64_000;
  private final CitationFinder finder;
  private final CitationResolver resolver;

  public Citator(CitationGrammar grammar, ProvisionSource source) {
    this.finder = new CitationFinder(grammar);
    this.resolver = new CitationResolver(grammar, source);
  }

  /** Every citation in {@code text}, in text order. */
  public List<Citation> cite(String text) {
    return resolve(finder.find(text));
  }

  /**
   * The entries of {@code refs}, in order. The items of a range share the range's span, so when
   * they resolve to nothing ("paragraphs 1 to 10" with no instrument named) each would be the same
   * entry again: an entry equal to the one before it and naming no provision is left out. Items
   * that name provisions, or say which provision is missing, differ and are all kept.
   */
  private List<Citation> resolve(List<Reference> refs) {
    List<Citation> out = new ArrayList<>(refs.size());
    for (int n = 0; n < refs.size(); n++) {
      Citation entry = n < LIMIT ? resolver.resolve(refs.get(n)) : overLimit(refs.get(n));
      boolean repeated =
          entry.provisions().isEmpty() && !out.isEmpty() && entry.equals(out.get(out.size() - 1));
      if (!repeated) {
        out.add(entry);
      }
    }
    return out;
  }

  private static Citation overLimit(Reference ref) {
    return new Citation(
        ref.text(),
        ref.start(),
        ref.end(),
        Citation.OVER_LIMIT,
        null,
        List.of(),
        "more than "
            + LIMIT
            + " citations in one request: only the first "
            + LIMIT
            + " were resolved; send the rest in another request");
  }

  /**
   * One citation string: its first citation, or a 400 entry covering the whole string when it holds
   * none.
   */
  public Citation citeOne(String citation) {
    return citeFirst(citation).get(0);
  }

  /**
   * One citation string: the entries of its first citation (one per item of a list or range), or
   * one 400 entry covering the whole string when it holds none.
   */
  public List<Citation> citeFirst(String citation) {
    List<Citation> first = resolve(finder.findFirst(citation));
    if (!first.isEmpty()) {
      return first;
    }
    return List.of(
        new Citation(
            citation,
            0,
            citation.length(),
            Citation.NOT_A_CITATION,
            null,
            List.of(),
            "not a citation of a known instrument"));
  }
}
