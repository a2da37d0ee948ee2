package org.precedent.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a corpus file into paragraphs. Blank lines separate paragraphs (OCR that wraps lines keeps a
 * paragraph's lines together); the manifest's {@code drop} ranges remove page headers, footnote
 * blocks and letterhead debris, and its {@code join} lines re-attach a paragraph that a page break
 * split. Both are recorded decisions, so the cut is exact and reviewable rather than guessed. A
 * line that opens with a paragraph number ("7. ") also starts a paragraph: OCR keeps consecutive
 * numbered paragraphs on adjacent lines, and each must keep its own source line.
 */
public final class SourceText {
  /** A paragraph number of one to three digits (never a year such as "2009." on a wrapped line). */
  private static final Pattern NUMBERED = Pattern.compile("^(?:\\*\\*)?\\d{1,3}\\.\\s");

  private SourceText() {}

  /**
   * @param lines the corpus file's lines
   * @param firstLine the source line number of {@code lines.get(0)} (seed line for seed excerpts)
   */
  public static List<Block> blocks(
      List<String> lines, int firstLine, List<List<Integer>> drop, List<Integer> join) {
    Set<Integer> dropped = lines(drop);
    Set<Integer> joins = new HashSet<>(join);
    List<Block> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int start = -1;
    int end = -1;
    boolean joinNext = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = firstLine + i;
      if (dropped.contains(lineNo)) {
        continue;
      }
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        if (start >= 0) {
          joinNext = true;
        }
        continue;
      }
      boolean opensParagraph = joinNext || NUMBERED.matcher(line).find();
      if (start >= 0 && opensParagraph && !joins.contains(lineNo)) {
        out.add(new Block(TextCleaner.clean(text.toString()), start, end));
        text.setLength(0);
        start = -1;
      }
      joinNext = false;
      if (start < 0) {
        start = lineNo;
      } else {
        appendWrapped(text, line);
        end = lineNo;
        continue;
      }
      text.append(line);
      end = lineNo;
    }
    if (start >= 0) {
      out.add(new Block(TextCleaner.clean(text.toString()), start, end));
    }
    out.removeIf(b -> b.text().isEmpty());
    return out;
  }

  /**
   * Every line the manifest's {@code ranges} cover: {@code [from]} or {@code [from, to]},
   * inclusive.
   */
  static Set<Integer> lines(List<List<Integer>> ranges) {
    Set<Integer> out = new HashSet<>();
    for (List<Integer> range : ranges) {
      for (int n = range.get(0); n <= range.get(range.size() - 1); n++) {
        out.add(n);
      }
    }
    return out;
  }

  /** A wrapped line ending in a hyphen continues the word; otherwise lines meet with a space. */
  private static void appendWrapped(StringBuilder text, String line) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
      text.append(' ');
    }
    text.append(line);
  }
}
