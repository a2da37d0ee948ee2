package org.precedent.match;

import java.util.Comparator;
import java.util.function.Supplier;
import org.precedent.index.ProvisionView;

/**
 * A provision aligned with a segment, with the legal concepts both state ({@code concepts}). Order:
 * alignment quality (similarity, to three places), then authority, then the earlier instrument,
 * then the shorter provision (a subparagraph before the article that contains it), then id for
 * stability. Earlier, since wording two instruments share alike is the earlier one's, which the
 * later copied: the Council of Europe Convention (2005) reproduces the Protocol (2000), and a UN
 * text citing it as the source would cite a treaty most UN Members are not party to.
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
          .thenComparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(c -> c.provision().text().length())
          .thenComparing(c -> c.provision().id().toString());

  boolean agreedSource() {
    return provision.status().isAgreedSource();
  }
}
