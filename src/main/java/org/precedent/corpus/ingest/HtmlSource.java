package org.precedent.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An official HTML page to paragraphs: headings, paragraphs and list items each become one
 * paragraph; footnotes, navigation and scripts are left out, and footnote reference marks are
 * removed from the text they sit in.
 */
final class HtmlSource {
  private static final String LEFT_OUT =
      "script, style, nav, header, footer, aside, noscript, form, sup, "
          + ".footnote, .footnotes, .fn, [role=doc-footnote], [role=doc-endnotes], "
          + "a[href^=#fn], a[href^=#ftn], a[href^=#_ftn], div[id^=ftn], div[id^=_ftn], section.footnotes";
  private static final String BLOCKS =
      "h1, h2, h3, h4, h5, h6, p, li, blockquote, dt, dd, td, th, pre";

  private HtmlSource() {}

  static List<String> lines(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(LEFT_OUT).remove();
    List<String> out = new ArrayList<>();
    Element body = doc.body();
    for (Element block : body.select(BLOCKS)) {
      if (!block.select(BLOCKS).stream().filter(e -> e != block).toList().isEmpty()) {
        continue; // only innermost blocks: a list item's paragraphs, not the item twice
      }
      String text = label(block) + block.text().strip();
      if (!text.isBlank()) {
        out.add(text);
        out.add("");
      }
    }
    return out;
  }

  /**
   * An ordered-list item whose number is drawn by the browser gets it written out, since the
   * parsers read labels from the text; items that carry their own label are left alone.
   */
  private static String label(Element block) {
    if (!block.tagName().equals("li")
        || block.parent() == null
        || !block.parent().tagName().equals("ol")) {
      return "";
    }
    String own = block.text().strip();
    if (own.matches("^(\\(?[0-9a-z]{1,4}[.)]).*")) {
      return "";
    }
    int n = block.elementSiblingIndex() + 1;
    String type = block.parent().attr("type");
    if (type.equals("a")) {
      return "(" + (char) ('a' + n - 1) + ") ";
    }
    if (type.equals("i")) {
      return "(" + Roman.of(n) + ") ";
    }
    return n + ". ";
  }
}
