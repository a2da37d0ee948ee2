package org.precedent.bench;

import java.util.ArrayList;
import java.util.List;
import org.precedent.KnowledgeBase;

/**
 * Workload 5: citation extraction and resolution over real text (the corpus's own provisions,
 * which cite each other densely), in 64,000-character requests as the API takes them.
 */
final class CiteBench {
  private CiteBench() {}

  /** Throughput of one pass. */
  record Throughput(double citationsPerSecond, double megabytesPerSecond, int citations) {}

  /** {@code texts} joined by line breaks into requests of at most 64,000 characters. */
  static List<String> chunks(List<String> texts) {
    List<String> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (String text : texts) {
      if (chunk.length() + text.length() + 1 > 64_000) {
        out.add(chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(text).append('\n');
    }
    if (chunk.length() > 0) {
      out.add(chunk.toString());
    }
    return out;
  }

  /**
   * Passes over {@code chunks} for at least {@code seconds}: one pass takes about a tenth of a
   * second, too short to time on its own on a shared machine.
   */
  static Throughput run(KnowledgeBase kb, List<String> chunks, double seconds) {
    long chars = 0;
    int citations = 0;
    int perPass = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    do {
      perPass = 0;
      for (String chunk : chunks) {
        perPass += kb.cite(chunk).citations().size();
        chars += chunk.length();
      }
      citations += perPass;
    } while (System.nanoTime() < end);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Throughput(citations / elapsed, chars / 1e6 / elapsed, perPass);
  }
}
