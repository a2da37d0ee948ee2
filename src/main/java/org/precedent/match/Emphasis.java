package org.precedent.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A protected group left out of an emphasis the draft keeps: Protocol art. 9 (4)'s "persons,
 * especially women and children," made "persons, especially children," still emphasises, but no
 * longer women. That narrows the protected focus; read as the whole phrase dropped it was said to
 * broaden. Dropping the emphasis whole does broaden it (every person alike), and stays so.
 */
final class Emphasis {
  /** The words that join the groups an emphasis names. */
  private static final List<String> JOINERS = List.of("and", "or");

  private Emphasis() {}

  /**
   * {@code dropped} ("broadens: drops 'especially women and children'") as the draft {@code
   * segment} reads it: where the draft keeps the emphasis's opening words followed by some of its
   * groups, "narrows: drops 'women' from 'especially women and children'".
   */
  static Optional<WeightChange> narrowed(WeightChange dropped, List<Token> segment) {
    List<String> words = List.of(dropped.from().split(" "));
    int head = words.size() - 3; // "<opening words> women and children"
    if (head < 1 || !dropped.to().isEmpty() || !JOINERS.contains(words.get(head + 1))) {
      return Optional.empty();
    }
    List<String> groups = List.of(words.get(head), words.get(head + 2));
    for (int i = 0; i + head <= segment.size(); i++) {
      if (!opens(segment, i, words.subList(0, head))) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      List<String> said = new ArrayList<>(words.subList(0, head));
      for (int k = i + head; k < segment.size(); k++) {
        String w = segment.get(k).norm();
        if (groups.contains(w) && !kept.contains(w)) {
          kept.add(w);
        } else if (!JOINERS.contains(w)) {
          break;
        }
        said.add(segment.get(k).surface().toLowerCase(Locale.ROOT));
      }
      if (!kept.isEmpty() && kept.size() < groups.size()) {
        List<String> left = groups.stream().filter(g -> !kept.contains(g)).toList();
        String now = String.join(" ", said).replaceAll(" (and|or)$", "");
        return Optional.of(
            new WeightChange(
                dropped.from(),
                now,
                "narrows: drops '" + String.join(", ", left) + "' from '" + dropped.from() + "'"));
      }
    }
    return Optional.empty();
  }

  private static boolean opens(List<Token> segment, int i, List<String> head) {
    for (int k = 0; k < head.size(); k++) {
      if (i + k >= segment.size() || !segment.get(i + k).norm().equals(head.get(k))) {
        return false;
      }
    }
    return true;
  }
}
