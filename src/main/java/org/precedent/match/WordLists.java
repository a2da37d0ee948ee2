package org.precedent.match;

import java.util.List;
import org.precedent.index.DataList;

/** The matcher's data lists, in {@code src/main/resources/match/}. */
final class WordLists {
  private WordLists() {}

  /** Non-blank, non-comment lines of {@code match/<name>}, stripped. */
  static List<String> lines(String name) {
    return DataList.lines("/match/" + name);
  }

  /** Lines of a tab-separated list, split on tabs (trailing empty columns kept). */
  static List<String[]> rows(String name) {
    return DataList.rows("/match/" + name);
  }
}
