package org.precedent.match;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where a check spends its time, summed over the checks it is passed to: candidate retrieval (index
 * queries and reading the candidates), word alignment, and the diff and verdict. The benchmark
 * reads it; a normal check passes {@link #NONE}.
 */
public final class CheckTiming {
  /** Records nothing. */
  public static final CheckTiming NONE = new CheckTiming(false);

  private final boolean on;
  private final LongAdder candidates = new LongAdder();
  private final LongAdder alignment = new LongAdder();
  private final LongAdder diff = new LongAdder();

  private CheckTiming(boolean on) {
    this.on = on;
  }

  public static CheckTiming recording() {
    return new CheckTiming(true);
  }

  public long candidatesNanos() {
    return candidates.sum();
  }

  public long alignmentNanos() {
    return alignment.sum();
  }

  public long diffNanos() {
    return diff.sum();
  }

  long start() {
    return on ? System.nanoTime() : 0;
  }

  void candidates(long start) {
    if (on) {
      candidates.add(System.nanoTime() - start);
    }
  }

  void alignment(long start) {
    if (on) {
      alignment.add(System.nanoTime() - start);
    }
  }

  void diff(long start) {
    if (on) {
      diff.add(System.nanoTime() - start);
    }
  }
}
