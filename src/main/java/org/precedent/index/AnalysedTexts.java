package org.precedent.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The analyses of the last texts a build wrote, by language and text, shared by its writer threads.
 * Agreed language is copied word for word from instrument to instrument, and a provision whose text
 * was just written is indexed from the tokens of its first analysis instead of running every chain
 * again. A build hands provisions over by authority and then length ({@link Indexer}), so copies of
 * a text of one authority come close together and a few thousand texts suffice. How much it saves
 * is how often texts repeat: one provision in eighteen in the shipped corpus, three in five in the
 * benchmark's synthetic corpus of a million.
 */
final class AnalysedTexts {
  /**
   * Tokens kept in all, the least recently used text dropped first: about 17 bytes a token (nine of
   * them the term's), so some 17 MB, and about four thousand texts of the shipped corpus's average
   * length (64 words, 245 tokens over the four fields).
   */
  static final int CAPACITY_TOKENS = 1_000_000;

  /** One text's tokens for each field that analyses it, and what else a document takes from it. */
  record Analysed(
      RecordedTokens words,
      RecordedTokens pairs,
      RecordedTokens exact,
      RecordedTokens reuse,
      Set<String> concepts,
      Optional<String> key) {
    int tokens() {
      return words.size() + pairs.size() + exact.size() + reuse.size();
    }
  }

  private record Text(String language, String text) {}

  /** In order of last use, the least recent first. */
  private final LinkedHashMap<Text, Analysed> recent = new LinkedHashMap<>(1024, 0.75f, true);

  private final int capacityTokens;
  private long tokens;
  private long reused;

  AnalysedTexts() {
    this(CAPACITY_TOKENS);
  }

  /** Keeping at most {@code capacityTokens} tokens in all. */
  AnalysedTexts(int capacityTokens) {
    this.capacityTokens = capacityTokens;
  }

  /** The analysis of {@code text} in {@code language}, kept or made by {@code analyse}. */
  Analysed of(String language, String text, Supplier<Analysed> analyse) {
    Text key = new Text(language, text);
    synchronized (this) {
      Analysed kept = recent.get(key);
      if (kept != null) {
        reused++;
        return kept;
      }
    }
    // Outside the lock: the other writer thread goes on meanwhile. Two threads given one new text
    // at once both analyse it, and the second keeps the same tokens as the first.
    Analysed made = analyse.get();
    synchronized (this) {
      Analysed before = recent.put(key, made);
      tokens += made.tokens() - (before == null ? 0 : before.tokens());
      Iterator<Analysed> eldest = recent.values().iterator();
      while (tokens > capacityTokens && eldest.hasNext()) {
        tokens -= eldest.next().tokens();
        eldest.remove();
      }
    }
    return made;
  }

  /** How many texts were indexed from a kept analysis. */
  synchronized long reused() {
    return reused;
  }
}
