package org.precedent.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Checks the segments of one draft on every core: the caller and helpers from a shared pool take
 * runs of {@link #RUN} neighbouring segments until none is left. Neighbouring segments share
 * candidates, and each thread keeps its own per-request caches, so nothing is locked. A helper the
 * pool has not started by the time the caller runs out of segments is withdrawn, so a pool busy
 * with other checks makes a check serial, never stuck.
 */
final class ParallelSegments {
  /** Segments taken at a time. */
  static final int RUN = 4;

  /** Fewer segments than this are checked on the caller alone: a helper must pay for its caches. */
  static final int MIN_SHARED = 16;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Math.max(1, CORES - 1),
          r -> {
            Thread t = new Thread(r, "check-helper");
            t.setDaemon(true);
            return t;
          });

  /** One thread's checker of single segments, with that thread's caches. */
  interface Worker<T> {
    T check(int segment) throws IOException;
  }

  private ParallelSegments() {}

  /**
   * Every segment's result, in segment order. A failure is thrown once every helper has stopped:
   * the caller's own, or else a helper's.
   */
  static <T> List<T> run(int count, Supplier<Worker<T>> workers) throws IOException {
    Object[] results = new Object[count];
    AtomicInteger next = new AtomicInteger();
    int helpers = count < MIN_SHARED ? 0 : Math.min(CORES - 1, count / MIN_SHARED);
    List<FutureTask<Void>> tasks = new ArrayList<>();
    List<AtomicBoolean> claimed = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      // Whoever sets it first owns the helper: the helper to run, or the caller to withdraw it.
      AtomicBoolean claim = new AtomicBoolean();
      FutureTask<Void> task =
          new FutureTask<>(
              () ->
                  claim.compareAndSet(false, true)
                      ? drain(workers.get(), next, count, results)
                      : null);
      tasks.add(task);
      claimed.add(claim);
      POOL.execute(task);
    }
    Exception failed = null;
    try {
      drain(workers.get(), next, count, results);
    } catch (IOException | RuntimeException e) {
      failed = e;
    } finally {
      // On failure the helpers stop after their current run; either way none may still be using
      // the caller's searcher when this returns.
      next.set(count);
      for (int h = 0; h < helpers; h++) {
        if (!claimed.get(h).compareAndSet(false, true)) {
          try {
            wait(tasks.get(h));
          } catch (IOException | RuntimeException e) {
            if (failed == null) {
              failed = e;
            } else {
              failed.addSuppressed(e);
            }
          }
        }
      }
    }
    if (failed instanceof IOException e) {
      throw e;
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) Arrays.asList(results);
    return out;
  }

  private static <T> Void drain(Worker<T> worker, AtomicInteger next, int count, Object[] results)
      throws IOException {
    for (int from = next.getAndAdd(RUN); from < count; from = next.getAndAdd(RUN)) {
      for (int i = from; i < Math.min(count, from + RUN); i++) {
        results[i] = worker.check(i);
      }
    }
    return null;
  }

  private static void wait(FutureTask<Void> task) throws IOException {
    try {
      task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("a check helper failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a check helper ran", e);
    }
  }
}
