package org.precedent.bench;

import java.util.ArrayList;
import java.util.List;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.Provision;

/**
 * Workload 5: citation extraction and resolution over real text (the corpus's own provisions,
 * which cite each other densely), in 64,000-character requests as the API takes them.
 */
final class CiteBench {
  private CiteBench() {}

  /** Throughput of one pass. */
  record Throughput(double citationsPerSecond, double megabytesPerSecond, int citations) {}

  static List<String> chunks(List<Provision> provisions) {
    List<String> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (Provision p : provisions) {
      if (chunk.length() + p.text().length() + 1 > 64_000) {
        out.add(chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(p.text()).append('\n');
    }
    if (chunk.length() > 0) {
      out.add(chunk.toString());
    }
    return out;
  }

  static Throughput run(KnowledgeBase kb, List<String> chunks) {
    long chars = 0;
    int citations = 0;
    long start = System.nanoTime();
    for (String chunk : chunks) {
      citations += kb.cite(chunk).citations().size();
      chars += chunk.length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Throughput(citations / seconds, chars / 1e6 / seconds, citations);
  }
}
