package org.precedent.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precedent.corpus.ProvisionId;

/**
 * Ranks a segment's aligned candidates and picks the few it lists: one provision per family of
 * related provisions, those covering most of the segment first, then the closest wording (for a
 * segment stating a legal concept, those stating it too come before those sharing a few words), and
 * agreed sources before the rest. Two places are kept for other statuses when they have candidates,
 * and they also take any place the agreed sources leave empty. Those listed that cover most of the
 * segment come first, then those covering a good part of it, whatever their status: the precedent
 * that settles the verdict leads.
 */
final class PrecedentRanker {
  static final int MAX_PRECEDENTS = 5;

  /** Similarity of wording found nearly whole in a provision. */
  private static final double WHOLE = 0.9;

  /** Places kept for candidates of other statuses, when there are some. */
  private static final int OTHERS_KEPT = 2;

  private final WeightDiffer weights;

  PrecedentRanker(WeightDiffer weights) {
    this.weights = weights;
  }

  /**
   * The precedents a segment lists, best first within each group: its agreed candidates ({@code
   * agreed}) and then those of other statuses ({@code other}), for a segment stating the concepts
   * {@code stated}.
   */
  List<Candidate> listed(List<Candidate> agreed, List<Candidate> other, Set<String> stated) {
    return listed(agreed, other, stated, Set.of());
  }

  /**
   * As {@link #listed(List, List, Set)}, for a segment that goes against the concepts {@code
   * denied} (part of {@code stated}): the agreed provision stating one of them that holds a good
   * part of the segment comes first, in the last agreed place if it had none, for it is what the
   * segment departs from ("Trafficked persons shall be prosecuted." and Principle 7, which it
   * reverses), however close other wording is (the Convention's "shall be prosecuted and punished",
   * of offenders). Unless agreed wording holds nearly the whole segment: that settles it and leads.
   */
  List<Candidate> listed(
      List<Candidate> agreed, List<Candidate> other, Set<String> stated, Set<String> denied) {
    List<Candidate> agreedHits = best(agreed, stated);
    List<Candidate> otherHits = best(other, stated);
    int fromOthers = Math.min(OTHERS_KEPT, otherHits.size());
    List<Candidate> chosen = new ArrayList<>();
    chosen.addAll(agreedHits.subList(0, Math.min(agreedHits.size(), MAX_PRECEDENTS - fromOthers)));
    chosen.addAll(otherHits.subList(0, Math.min(otherHits.size(), MAX_PRECEDENTS - chosen.size())));
    // The precedent that settles the verdict comes first: those covering most of the segment,
    // then those covering a good part of it, then the rest; agreed sources before the others in
    // each. A segment found word for word only in a draft resolution listed first a treaty article
    // sharing three of its words, and another a decision holding two fifths of it ("reinforce the
    // implementation of existing instruments against trafficking in persons" under decision
    // 16/1's first preambular paragraph), above the draft that holds it whole.
    chosen.sort(Comparator.comparingInt(PrecedentRanker::reach));
    departedFrom(agreed, stated, denied)
        .ifPresent(
            principle -> {
              if (!chosen.remove(principle)) {
                chosen.removeIf(c -> c.provision().id().isRelated(principle.provision().id()));
                if (chosen.size() >= MAX_PRECEDENTS) {
                  chosen.remove(lastAgreed(chosen));
                }
              }
              chosen.add(0, principle);
            });
    return chosen;
  }

  /**
   * The agreed provision a segment going against {@code denied} departs from: the first, in the
   * usual order, of those stating one of them and holding a good part of the segment; none when
   * agreed wording holds nearly the whole segment.
   */
  private java.util.Optional<Candidate> departedFrom(
      List<Candidate> agreed, Set<String> stated, Set<String> denied) {
    if (denied.isEmpty() || agreed.stream().anyMatch(c -> c.alignment().similarity() >= WHOLE)) {
      return java.util.Optional.empty();
    }
    return agreed.stream()
        .filter(c -> covers(c) && c.concepts().stream().anyMatch(denied::contains))
        .min(order(stated));
  }

  /** The last agreed source listed, or the last listed when none is agreed. */
  private static Candidate lastAgreed(List<Candidate> chosen) {
    for (int i = chosen.size() - 1; i >= 0; i--) {
      if (chosen.get(i).agreedSource()) {
        return chosen.get(i);
      }
    }
    return chosen.get(chosen.size() - 1);
  }

  /** 0: covers most of the segment; 1: a good part of it; 2: less. */
  private static int reach(Candidate c) {
    return c.alignment().covers(Judge.MOST) ? 0 : covers(c) ? 1 : 2;
  }

  private static boolean covers(Candidate c) {
    return c.alignment().covers(Judge.CLOSE);
  }

  /** 0: covers a good part of the segment; 1: states the same concept; 2: shares a few words. */
  private static int tier(Candidate c) {
    if (covers(c)) {
      return 0;
    }
    return c.concepts().isEmpty() ? 2 : 1;
  }

  /**
   * Among provisions stating a segment's concept only in other words, those stating it as an
   * obligation ("shall not be detained") come before the rest ("Ensuring that trafficked persons
   * are not prosecuted", a list item under "should consider"). A paraphrase aligns only on
   * incidental words, so its alignment says little about which precedent is the better one; the
   * drafter looking for agreed language wants the strongest agreed statement of the principle.
   */
  private int force(Candidate c) {
    return tier(c) == 1 && !weights.binds(c.words().tokens()) ? 1 : 0;
  }

  /**
   * Those covering most of the segment, in its words and their weight, first: "Trafficked persons
   * shall be prosecuted." is closer in wording to Principle 1's "trafficked persons shall be" than
   * to Principle 7, which it reverses, but only Principle 7 holds "prosecuted". Then, for a segment
   * stating a concept, those stating it, the obligations among them first.
   */
  private Comparator<Candidate> order(Set<String> stated) {
    Map<Candidate, Integer> forces = new IdentityHashMap<>();
    return Comparator.comparingInt(PrecedentRanker::reach)
        .thenComparing(
            stated.isEmpty()
                ? Candidate.BEST_FIRST
                : Comparator.comparingInt(PrecedentRanker::tier)
                    .thenComparingInt((Candidate c) -> forces.computeIfAbsent(c, this::force))
                    .thenComparing(Candidate.BEST_FIRST));
  }

  /**
   * The listable candidates, best first, one per family of related provisions: the best of the
   * family, or a paragraph inside it that is as good ({@link #narrower}). For a segment that states
   * a legal concept, a provision stating it too comes before one that only shares a few words,
   * unless those words cover a good part of the segment, and of those stating it, one stating it as
   * an obligation comes first ({@link #force}).
   */
  private List<Candidate> best(List<Candidate> aligned, Set<String> stated) {
    Comparator<Candidate> order = order(stated);
    List<Candidate> out = new ArrayList<>(aligned);
    out.sort(order);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : out) {
      int related = -1;
      for (int i = 0; i < kept.size() && related < 0; i++) {
        related = kept.get(i).provision().id().isRelated(c.provision().id()) ? i : -1;
      }
      if (related < 0 && kept.size() < MAX_PRECEDENTS) {
        kept.add(c);
      } else if (related >= 0 && narrower(c, kept.get(related), stated)) {
        kept.set(related, c);
      }
    }
    kept.sort(order);
    return kept;
  }

  /**
   * Whether {@code c}, ranked after the related {@code listed}, is the better citation: a paragraph
   * inside the listed article that covers as much of the segment (and states the same concepts,
   * where the segment states some) pins the wording down where the article only contains it. Search
   * keeps the smallest matching unit the same way.
   */
  private static boolean narrower(Candidate c, Candidate listed, Set<String> stated) {
    ProvisionId inner = c.provision().id();
    ProvisionId outer = listed.provision().id();
    return inner.instrument().equals(outer.instrument())
        && inner.eid().startsWith(outer.eid() + "__")
        && c.alignment().coverage() >= listed.alignment().coverage()
        && (stated.isEmpty() || tier(c) <= tier(listed));
  }
}
