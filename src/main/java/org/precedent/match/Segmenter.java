package org.precedent.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a draft into the units a delegate checks: paragraphs, then sentences, semicolon-separated
 * operative items and lettered subparagraphs. Numbering labels ("PP.4", "OP6.", "1bis.", "(a)") are
 * stripped from each unit and reported. Segments are exact substrings of the draft, so their
 * offsets are the draft's UTF-16 offsets with no mapping to undo.
 */
public final class Segmenter {
  /** A numbering label at the start of a unit, followed by white space or the end. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:PP|OP|pp|op)\\s*\\.?\\s*\\d+\\s*(?:bis|ter|quater|quinquies)?\\s*\\.?"
              + "|\\d+\\s*(?:bis|ter|quater|quinquies)?\\s*[.)](?!\\d)"
              + "|\\d+\\s*(?:bis|ter|quater|quinquies)"
              + "|\\((?:[a-z]{1,2}|[ivxlc]+|\\d+)\\)"
              + "|(?:[a-z]|[ivx]+)\\)"
              + "|[a-z]\\."
              + "|[IVXL]+\\.)(?=\\s|$)");

  /**
   * Places a unit may end inside a paragraph: after ";" or ":" before a lettered item ("(a)", "a)",
   * or "a." as the Council of Europe Convention letters them). An "and" or "or" joining the last
   * items ("...; and (b) To protect") goes with the ";": the item's label then opens its unit and
   * is stripped, not read as a word ("b").
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          ";\\s+(?:(?:and|or)\\s+(?=\\(?(?:[a-z]|[ivx]+)\\)\\s|[a-z]\\.\\s))?"
              + "|:\\s+(?=\\(?(?:[a-z]|[ivx]+)\\)\\s|[a-z]\\.\\s)");

  /** A full stop, question or exclamation mark, closing quotes, then a capitalised word. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.?!][\"'\u201D\u2019)]*\\s+(?=[\"'\u201C\u2018(]?[A-Z0-9])");

  /** A line that starts a new unit even without a blank line before it. */
  private static final Pattern NEW_LINE_UNIT =
      Pattern.compile("\\n[ \\t]*(?=(?:PP|OP|\\d+\\s*(?:bis|ter)?\\s*[.)]|\\(?[a-z]\\)\\s))");

  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\\n[ \\t]*\\n\\s*|" + NEW_LINE_UNIT.pattern());

  private static final int MIN_WORDS = 3;
  private final Set<String> abbreviations = new HashSet<>(WordLists.lines("abbreviations.txt"));

  public List<Segment> segment(String draft) {
    List<Segment> out = new ArrayList<>();
    for (int[] paragraph : paragraphs(draft)) {
      List<int[]> pieces = new ArrayList<>();
      for (int[] clause : split(draft, paragraph[0], paragraph[1], CLAUSE_END)) {
        pieces.addAll(sentences(draft, clause[0], clause[1]));
      }
      for (int[] piece : pieces) {
        addPiece(draft, piece[0], piece[1], out);
      }
    }
    return out;
  }

  /** Paragraph spans: text between blank lines, also cut before numbered lines. */
  private static List<int[]> paragraphs(String draft) {
    List<int[]> out = new ArrayList<>();
    Matcher breaks = PARAGRAPH_BREAK.matcher(draft);
    int from = 0;
    while (breaks.find()) {
      out.add(new int[] {from, breaks.start()});
      from = breaks.end();
    }
    out.add(new int[] {from, draft.length()});
    return out;
  }

  private static List<int[]> split(String draft, int from, int to, Pattern end) {
    List<int[]> out = new ArrayList<>();
    Matcher m = end.matcher(draft).region(from, to);
    int start = from;
    while (m.find()) {
      out.add(new int[] {start, m.start() + 1});
      start = m.end();
    }
    out.add(new int[] {start, to});
    return out;
  }

  private List<int[]> sentences(String draft, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(draft).region(from, to);
    int start = from;
    while (m.find()) {
      if (m.start() < start || isAbbreviation(draft, start, m.start())) {
        continue;
      }
      out.add(new int[] {start, m.start() + 1});
      start = m.end();
    }
    out.add(new int[] {start, to});
    return out;
  }

  /** The word before a full stop is an abbreviation ("art.") or a single letter ("U.N."). */
  private boolean isAbbreviation(String draft, int from, int dot) {
    if (draft.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > from && !Character.isWhitespace(draft.charAt(w - 1)) && draft.charAt(w - 1) != '(') {
      w--;
    }
    String word = draft.substring(w, dot).toLowerCase(Locale.ROOT);
    return word.length() == 1 || abbreviations.contains(word) || labelOnly(draft, from, dot);
  }

  /** "1." or "PP.4." at the start of a unit is a label, not a sentence. */
  private static boolean labelOnly(String draft, int from, int dot) {
    return LABEL.matcher(draft.substring(from, dot + 1).strip()).matches();
  }

  private static void addPiece(String draft, int from, int to, List<Segment> out) {
    int start = skipSpace(draft, from, to);
    int end = trimEnd(draft, start, to);
    String label = "";
    Matcher label1 = LABEL.matcher(draft).region(start, end);
    if (label1.lookingAt()) {
      label = draft.substring(start, label1.end());
      start = skipSpace(draft, label1.end(), end);
    }
    if (start >= end || draft.substring(start, end).chars().noneMatch(Character::isLetter)) {
      return;
    }
    if (words(draft, start, end) < MIN_WORDS && !out.isEmpty() && label.isEmpty()) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(draft.substring(last.start(), end), last.start(), end, last.label()));
      return;
    }
    out.add(new Segment(draft.substring(start, end), start, end, label.strip()));
  }

  private static int skipSpace(String s, int from, int to) {
    int i = from;
    while (i < to && blank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int from, int to) {
    int i = to;
    while (i > from && blank(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * White space, or the byte order mark a file saved by Notepad opens with: kept, it was the first
   * character of the first segment, whose offsets then counted it.
   */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\uFEFF';
  }

  private static int words(String s, int from, int to) {
    return s.substring(from, to).strip().split("\\s+").length;
  }
}
