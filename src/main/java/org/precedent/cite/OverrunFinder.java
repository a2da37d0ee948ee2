package org.precedent.cite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.precedent.cite.QuoteWords.Word;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * A quote that runs on past the provision it cites into the next one ("... or the removal of
 * organs; (b) The consent of a victim ..." cited as art. 3 (a)): the provision holding it all is
 * the cited one's parent, which the search for it elsewhere leaves out as the cited provision's own
 * family. Found here instead, nearest ancestor first, and only where it holds the quote word for
 * word: an ancestor holds a misquote of its child as much as the child does.
 */
final class OverrunFinder {
  private final ProvisionSource source;

  OverrunFinder(ProvisionSource source) {
    this.source = source;
  }

  /** Where the quote is whole, and what to tell the reader about it. */
  record Overrun(Verification.FoundIn holder, String message) {}

  Optional<Overrun> find(CitedProvision cited, List<Word> quote) {
    Optional<ProvisionId> id = ProvisionId.parse(cited.id());
    if (id.isEmpty() || quote.isEmpty()) {
      return Optional.empty();
    }
    String child = id.get().eid();
    List<String> ancestors = id.get().ancestorEids();
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      String eid = ancestors.get(i);
      Optional<Provision> ancestor = source.provision(new ProvisionId(id.get().instrument(), eid));
      if (ancestor.isPresent()
          && QuoteAligner.align(quote, QuoteWords.ofProvision(ancestor.get().text()))
              .contiguous()) {
        Provision holder = ancestor.get();
        return message(cited, quote, holder, child)
            .map(
                m ->
                    new Overrun(
                        new Verification.FoundIn(holder.id().toString(), holder.citation(), 1.0),
                        m));
      }
      child = eid;
    }
    return Optional.empty();
  }

  /**
   * "the quote runs past X into Y; the whole quote is in Z", naming the children of {@code holder}
   * the quote starts and ends in where they are not the one cited (or the cited one's ancestor,
   * {@code own}). Empty unless the quote takes words of {@code own}: a quote wholly in a sibling is
   * a wrong citation, not an overrun. A parent's text is its own words and then its children's, in
   * order, so each child's words are found after the one before's.
   */
  private Optional<String> message(
      CitedProvision cited, List<Word> quote, Provision holder, String own) {
    List<String> text = canons(QuoteWords.ofProvision(holder.text()));
    int start = Collections.indexOfSubList(text, canons(quote));
    int end = start + quote.size() - 1;
    String starts = null;
    String ends = null;
    boolean touchesOwn = false;
    int from = 0;
    for (String eid : start < 0 ? List.<String>of() : holder.children()) {
      Optional<Provision> child = source.provision(new ProvisionId(holder.instrument(), eid));
      List<String> words =
          child.map(c -> canons(QuoteWords.ofProvision(c.text()))).orElse(List.of());
      int at =
          words.isEmpty() ? -1 : Collections.indexOfSubList(text.subList(from, text.size()), words);
      if (at < 0) {
        continue;
      }
      int first = from + at;
      from = first + words.size();
      if (eid.equals(own)) {
        touchesOwn = first <= end && start < from;
      } else if (first <= start && start < from) {
        starts = child.get().citation();
      } else if (first <= end && end < from) {
        ends = child.get().citation();
      }
    }
    if (!touchesOwn) {
      return Optional.empty();
    }
    String where = "; the whole quote is in " + holder.citation();
    if (starts != null && ends != null) {
      return Optional.of(
          "the quote runs past " + cited.citation() + ", from " + starts + " into " + ends + where);
    }
    if (starts != null) {
      return Optional.of("the quote starts before " + cited.citation() + ", in " + starts + where);
    }
    return Optional.of(
        "the quote runs past " + cited.citation() + (ends != null ? " into " + ends : "") + where);
  }

  private static List<String> canons(List<Word> words) {
    return words.stream().map(Word::canon).toList();
  }

  /** {@code elsewhere} with the overrun's holder first, where there is one. */
  static List<Verification.FoundIn> first(
      Optional<Overrun> overrun, List<Verification.FoundIn> elsewhere) {
    if (overrun.isEmpty()) {
      return elsewhere;
    }
    List<Verification.FoundIn> out = new ArrayList<>(elsewhere);
    out.removeIf(f -> f.id().equals(overrun.get().holder().id()));
    out.add(0, overrun.get().holder());
    return out;
  }
}
