package org.precedent.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * Snippets from Lucene's Matches API: a phrase, a NEAR span or a stem is marked exactly where it
 * matched. The index holds positions, not offsets; the positions a match reports are turned into
 * offsets by running the text fields' tokenizer over the provision again ({@link PositionOffsets}).
 * Text outside {@code <mark>} is HTML-escaped; the snippet is the densest window of matches.
 */
final class SnippetWriter {
  /** Characters of context shown; a whole provision when it is not much longer. */
  static final int WINDOW = 300;

  private static final int LEAD = 60;
  private final IndexSearcher searcher;
  private final Weight weight;

  SnippetWriter(IndexSearcher searcher, Query query) throws IOException {
    this.searcher = searcher;
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The snippet of {@code text}, the provision at {@code doc}. */
  String snippet(int doc, String text) throws IOException {
    return render(text, ranges(doc, text));
  }

  /** Matched [start, end) offsets in the provision text, sorted and merged. */
  List<int[]> ranges(int doc, String text) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    List<int[]> spans = new ArrayList<>();
    if (matches != null) {
      for (String field : List.of(Fields.TEXT, Fields.TEXT_EXACT)) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          boolean pair = field.equals(Fields.TEXT_EXACT) && endsInPair(it.getQuery());
          spans.add(new int[] {it.startPosition(), it.endPosition() + (pair ? 1 : 0)});
        }
      }
    }
    List<int[]> ranges = new ArrayList<>();
    if (spans.isEmpty()) {
      return ranges;
    }
    int last = spans.stream().mapToInt(s -> s[1]).max().orElseThrow();
    // One word more: a match may end on "co" of "co-operation", which the stemmed field holds as
    // one word at the position of "co" ({@code index.CoPrefixFilter}).
    PositionOffsets offsets = PositionOffsets.of(text, last + 1);
    for (int[] span : spans) {
      int start = offsets.start(span[0]);
      int end = offsets.end(span[1]);
      if (joinedAfterHyphen(text, offsets.start(span[1]), end, offsets.start(span[1] + 1))) {
        end = offsets.end(span[1] + 1);
      }
      if (start >= 0 && end > start && end <= text.length()) {
        ranges.add(new int[] {start, end});
      }
    }
    return merge(ranges);
  }

  /** Whether the word [from, to) is "co" and the word at {@code next} follows it after a hyphen. */
  private static boolean joinedAfterHyphen(String text, int from, int to, int next) {
    return from >= 0
        && to - from == 2
        && text.regionMatches(true, from, "co", 0, 2)
        && next == to + 1
        && text.charAt(to) == '-';
  }

  /**
   * Whether a match of {@code query} in the exact field ends on a pair of words ({@link
   * Analysis#isPair}): then it ends with the word after its last position. A phrase of the exact
   * field reads pairs in place of common words ("trafficking_in", "in_persons"), and a phrase of
   * two such words is one pair. The exact chain stacks no tokens in a query, so its phrases are
   * plain ones.
   */
  private static boolean endsInPair(Query query) {
    if (query instanceof TermQuery term) {
      return Analysis.isPair(term.getTerm().text());
    }
    if (query instanceof PhraseQuery phrase && phrase.getTerms().length > 0) {
      Term[] terms = phrase.getTerms();
      return Analysis.isPair(terms[terms.length - 1].text());
    }
    return false;
  }

  static List<int[]> merge(List<int[]> ranges) {
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }

  /** Escaped text of the best window with its matches marked. */
  static String render(String text, List<int[]> ranges) {
    int start = 0;
    int end = text.length();
    if (text.length() > WINDOW + WINDOW / 3) {
      start = bestStart(text, ranges);
      end = Math.min(text.length(), start + WINDOW);
      end = end == text.length() ? end : wordEnd(text, end);
    }
    StringBuilder out = new StringBuilder();
    if (start > 0) {
      out.append("\u2026 ");
    }
    int at = start;
    for (int[] r : ranges) {
      int from = Math.max(r[0], start);
      int to = Math.min(r[1], end);
      if (from >= to || from < at) {
        continue;
      }
      escape(out, text, at, from);
      out.append("<mark>");
      escape(out, text, from, to);
      out.append("</mark>");
      at = to;
    }
    escape(out, text, at, end);
    if (end < text.length()) {
      out.append(" \u2026");
    }
    return out.toString();
  }

  private static int bestStart(String text, List<int[]> ranges) {
    int best = 0;
    int bestCount = -1;
    for (int[] anchor : ranges) {
      int from = Math.max(0, anchor[0] - LEAD);
      int count = 0;
      for (int[] r : ranges) {
        if (r[0] >= from && r[1] <= from + WINDOW) {
          count++;
        }
      }
      if (count > bestCount) {
        bestCount = count;
        best = from;
      }
    }
    if (best == 0) {
      return 0;
    }
    final int from = best;
    int space = text.indexOf(' ', from);
    int firstMatch = ranges.stream().mapToInt(r -> r[0]).filter(s -> s >= from).min().orElse(from);
    return space < 0 || space >= firstMatch ? best : space + 1;
  }

  private static int wordEnd(String text, int end) {
    int space = text.lastIndexOf(' ', end);
    return space > end - 40 ? space : end;
  }

  static void escape(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
