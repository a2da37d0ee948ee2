package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelSegmentsTest {
  @Test
  void everySegmentIsCheckedOnceAndResultsKeepSegmentOrder() throws IOException {
    int count = 5 * ParallelSegments.MIN_SHARED + 3;
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    List<String> out =
        ParallelSegments.run(
            count,
            () ->
                i -> {
                  assertTrue(seen.add(i), "segment " + i + " checked twice");
                  return "segment " + i;
                });
    assertEquals(IntStream.range(0, count).mapToObj(i -> "segment " + i).toList(), out);
  }

  @Test
  void eachThreadHasItsOwnWorker() throws IOException {
    Set<Thread> workerThreads = ConcurrentHashMap.newKeySet();
    List<Thread> ran =
        ParallelSegments.run(
            4 * ParallelSegments.MIN_SHARED,
            () -> {
              Thread owner = Thread.currentThread();
              assertTrue(workerThreads.add(owner), "two workers made on one thread");
              return i -> {
                assertSame(owner, Thread.currentThread(), "a worker used on another thread");
                return owner;
              };
            });
    // A thread may make its worker and find every segment taken: a subset, not equality.
    assertTrue(workerThreads.containsAll(ran), ran + " ran outside " + workerThreads);
  }

  @Test
  void aShortDraftStaysOnTheCallingThread() throws IOException {
    List<Thread> ran =
        ParallelSegments.run(ParallelSegments.MIN_SHARED - 1, () -> i -> Thread.currentThread());
    assertEquals(Set.of(Thread.currentThread()), Set.copyOf(ran));
  }

  @Test
  void aFailureOnAnyThreadReachesTheCaller() {
    int count = 8 * ParallelSegments.MIN_SHARED;
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                ParallelSegments.run(
                    count,
                    () ->
                        i -> {
                          if (i == count - 1) {
                            throw new UncheckedIOException("segment failed", new IOException());
                          }
                          return i;
                        }));
    assertEquals("segment failed", e.getMessage());
    IOException checked =
        assertThrows(
            IOException.class,
            () ->
                ParallelSegments.run(
                    count,
                    () ->
                        i -> {
                          if (i == count / 2) {
                            throw new IOException("index unreadable");
                          }
                          return i;
                        }));
    assertEquals("index unreadable", checked.getMessage());
  }

  @Test
  void checksRunningAtOnceEachGetTheirOwnAnswers() throws Exception {
    java.util.concurrent.ExecutorService callers =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<List<Integer>>> answers = new java.util.ArrayList<>();
      for (int c = 0; c < 12; c++) {
        int base = c * 1000;
        answers.add(
            callers.submit(
                () -> ParallelSegments.run(3 * ParallelSegments.MIN_SHARED, () -> i -> base + i)));
      }
      for (int c = 0; c < answers.size(); c++) {
        int base = c * 1000;
        assertEquals(
            IntStream.range(0, 3 * ParallelSegments.MIN_SHARED).mapToObj(i -> base + i).toList(),
            answers.get(c).get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void afterAFailureNoHelperIsStillChecking() {
    java.util.concurrent.atomic.AtomicInteger checking =
        new java.util.concurrent.atomic.AtomicInteger();
    assertThrows(
        IllegalStateException.class,
        () ->
            ParallelSegments.run(
                4 * ParallelSegments.MIN_SHARED,
                () ->
                    i -> {
                      checking.incrementAndGet();
                      try {
                        Thread.sleep(5); // the other thread is mid-run when this one fails
                        if (i == 0) {
                          throw new IllegalStateException("first segment failed");
                        }
                        return i;
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      } finally {
                        checking.decrementAndGet();
                      }
                    }));
    assertEquals(0, checking.get());
  }
}
