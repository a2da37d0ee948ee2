package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippet rendering: marks where matched, escapes everything else, windows long text. */
class SnippetWriterTest {
  @Test
  void marksMatchesAndEscapesTheRest() {
    String text = "a <b> & \"c\" 'd' position of vulnerability";
    int at = text.indexOf("position");
    String out = SnippetWriter.render(text, List.of(new int[] {at, text.length()}));
    assertEquals(
        "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; <mark>position of vulnerability</mark>", out);
  }

  @Test
  void overlappingRangesMerge() {
    List<int[]> merged =
        SnippetWriter.merge(
            new ArrayList<>(List.of(new int[] {5, 9}, new int[] {0, 6}, new int[] {12, 14})));
    assertEquals(2, merged.size());
    assertEquals(0, merged.get(0)[0]);
    assertEquals(9, merged.get(0)[1]);
  }

  @Test
  void longTextIsWindowedAroundTheMatches() {
    String text = "word ".repeat(200) + "needle " + "word ".repeat(200);
    int at = text.indexOf("needle");
    String out = SnippetWriter.render(text, List.of(new int[] {at, at + 6}));
    assertTrue(out.startsWith("\u2026 ") && out.endsWith(" \u2026"), out);
    assertTrue(out.contains("<mark>needle</mark>"), out);
    assertTrue(out.length() < SnippetWriter.WINDOW + 40, out);
  }
}
