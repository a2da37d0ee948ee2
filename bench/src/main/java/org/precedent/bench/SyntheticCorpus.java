package org.precedent.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Outline;
import org.precedent.corpus.Provenance;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.index.Indexer;

/**
 * A deterministic synthetic corpus grown from the real parsed provisions: seeds are chosen with a
 * Zipf-like skew (a few provisions are reused very often, as in real negotiation), then edited by
 * {@link Mutator}. Every synthetic provision records its seed and edits, so planted reuse is known
 * ground truth. Generated lazily: a million provisions never sit in memory at once.
 */
final class SyntheticCorpus implements Iterable<Indexer.Entry> {
  static final int PER_INSTRUMENT = 50;

  /**
   * The generator's seed in every run: {@code bench/pair check} grows the same corpus again to find
   * the drafts of an index {@code bench/run --keep} built.
   */
  static final long RUN_SEED = 42L;
  private static final Status[] STATUSES = {
    Status.TREATY, Status.ADOPTED, Status.ADOPTED, Status.ADOPTED_RECOMMENDATION, Status.PRINCIPLES,
    Status.DRAFT, Status.DRAFT, Status.PROPOSAL, Status.STATEMENT, Status.REPORT
  };

  private final List<Provision> seeds;
  private final int size;
  private final long seed;

  SyntheticCorpus(List<Provision> seeds, int size, long seed) {
    this.seeds = seeds.stream().filter(p -> p.children().isEmpty() && p.text().length() > 40).toList();
    this.size = size;
    this.seed = seed;
  }

  /** Which real provision a synthetic one was grown from, and how it was edited. */
  record Lineage(ProvisionId id, ProvisionId seed, List<String> edits) {}

  int size() {
    return size;
  }

  /** The seed index for draw {@code u} in [0,1): rank ~ seeds^u, a Zipf-like skew. */
  private int zipf(double u) {
    return Math.min(seeds.size() - 1, (int) Math.floor(Math.pow(seeds.size(), u)) - 1);
  }

  Provision provision(int n, Random random, Mutator mutator, List<Lineage> lineage) {
    Provision base = seeds.get(zipf(random.nextDouble()));
    Provision other = seeds.get(random.nextInt(seeds.size()));
    Mutator.Edited edited = mutator.mutate(base.text(), other.text());
    String instrument = instrumentId(n / PER_INSTRUMENT);
    ProvisionId id = new ProvisionId(instrument, "para_" + (n % PER_INSTRUMENT + 1));
    if (lineage != null) {
      lineage.add(new Lineage(id, base.id(), edited.edits()));
    }
    return new Provision(
        id, "paragraph", "para. " + (n % PER_INSTRUMENT + 1), instrument + ", para. " + (n % PER_INSTRUMENT + 1),
        "", "", edited.text(), edited.text(), status(n / PER_INSTRUMENT), base.language(),
        new Provenance("synthetic", base.id().toString(), 1, 1, null), Outline.sha256(edited.text()),
        n % PER_INSTRUMENT, List.of(), Map.of());
  }

  static String instrumentId(int k) {
    return String.format(java.util.Locale.ROOT, "synth-%06d", k);
  }

  Status status(int instrument) {
    return STATUSES[Math.floorMod(instrument * 31 + (int) seed, STATUSES.length)];
  }

  Instrument instrument(int k) {
    return new Instrument(
        instrumentId(k), "Synthetic document " + k, null, null, null, "Synthetic body " + (k % 7),
        (1990 + k % 35) + "-01-01", "resolution", status(k), "en", null, null, null, null, null, null,
        null, null, null, null);
  }

  /** Entries in order; {@code lineage}, if not null, receives each provision's ground truth. */
  Iterator<Indexer.Entry> entries(List<Lineage> lineage) {
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    return new Iterator<>() {
      int n;
      Instrument current;

      @Override
      public boolean hasNext() {
        return n < size;
      }

      @Override
      public Indexer.Entry next() {
        if (n >= size) {
          throw new NoSuchElementException();
        }
        if (n % PER_INSTRUMENT == 0) {
          current = instrument(n / PER_INSTRUMENT);
        }
        return new Indexer.Entry(current, provision(n++, random, mutator, lineage));
      }
    };
  }

  @Override
  public Iterator<Indexer.Entry> iterator() {
    return entries(null);
  }

  /** All texts, for the analyzer-only ceiling (same generator, same order). */
  List<String> texts(int limit) {
    List<String> out = new ArrayList<>();
    Iterator<Indexer.Entry> it = iterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next().provision().text());
    }
    return out;
  }
}
