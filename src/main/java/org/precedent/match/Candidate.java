package org.precedent.match;

import java.util.Comparator;
import java.util.function.Supplier;
import org.precedent.index.ProvisionView;

/**
 * A provision aligned with a segment, with the legal concepts both state ({@code concepts}). Order:
 * alignment quality (similarity, to three places), then authority, then, of agreed sources, the
 * earlier instrument and, of drafts and the rest, the later ({@link #byDate}), then the shorter
 * provision (a subparagraph before the article that contains it), then id for stability. Earlier,
 * since wording two agreed instruments share alike is the earlier one's, which the later copied:
 * the Council of Europe Convention (2005) reproduces the Protocol (2000), and a UN text citing it
 * as the source would cite a treaty most UN Members are not party to.
 */
record Candidate(
    ProvisionView provision,
    String date,
    Supplier<Normalised> wordsRead,
    Alignment alignment,
    java.util.List<String> concepts) {
  Candidate(
      ProvisionView provision,
      String date,
      Normalised words,
      Alignment alignment,
      java.util.List<String> concepts) {
    this(provision, date, () -> words, alignment, concepts);
  }

  /**
   * The provision's words. Held by the candidate in a check; read again when asked in the
   * exhaustive reference, whose candidates for one segment (four hundred thousand over a million
   * provisions) would otherwise hold gigabytes of words that only the few listed are asked for.
   */
  Normalised words() {
    return wordsRead.get();
  }

  static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingLong((Candidate c) -> -Math.round(c.alignment().similarity() * 1000))
          .thenComparingInt(c -> c.provision().status().authorityRank())
          .thenComparing(Candidate::byDate)
          .thenComparingInt(c -> c.provision().text().length())
          .thenComparing(c -> c.provision().id().toString());

  /**
   * Of two of one authority: the earlier agreed source, which the later copied; but the later
   * draft, proposal or statement, which shows where a negotiation's wording ended up (A/64/L.64
   * before the drafts it revised).
   */
  private static int byDate(Candidate a, Candidate b) {
    Comparator<String> order =
        a.agreedSource() ? Comparator.naturalOrder() : Comparator.reverseOrder();
    return Comparator.nullsLast(order).compare(a.date(), b.date());
  }

  boolean agreedSource() {
    return provision.status().isAgreedSource();
  }
}
