package org.precedent.corpus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF to paragraphs. PDFBox extracts each page's lines and marks paragraph starts from layout;
 * running headers and footers (lines repeated at the top or bottom of most pages, page numbers) are
 * removed; a word hyphenated across a line end is re-joined; a line opening with a structural label
 * ("Article 5", "2.", "(a)", "PP4") always starts a paragraph.
 */
final class PdfSource {
  private static final String PARA = "\u2029";
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(\\s*(of|/)\\s*\\d{1,4})?$");
  static final Pattern LABEL =
      Pattern.compile(
          "^(Article\\s+\\d+|Chapter\\s+[IVXLC]+|Preamble|Principle\\s+\\d+|Guideline\\s+\\d+"
              + "|Annex\\b|\\d{1,3}\\.\\s|\\(\\s?[a-z]{1,4}\\s?\\)\\s|(PP|OP)\\.?\\s?\\d+|[IVXLC]{1,6}\\.\\s)");
  private static final int EDGE = 3;
  private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");
  private static final Pattern TRAILING_WORD = Pattern.compile("\\p{L}+-$");
  private static final Pattern LEADING_WORD = Pattern.compile("^\\p{L}+");

  private PdfSource() {}

  static List<String> lines(byte[] pdf) {
    List<List<String>> pages = pages(pdf);
    Map<String, Integer> edgeCounts = new HashMap<>();
    for (List<String> page : pages) {
      edges(page).stream()
          .map(PdfSource::shape)
          .distinct()
          .forEach(s -> edgeCounts.merge(s, 1, Integer::sum));
    }
    int repeated = Math.max(2, (pages.size() + 1) / 2);
    Set<String> compounds = new HashSet<>();
    pages.forEach(
        page ->
            page.forEach(
                line ->
                    COMPOUND
                        .matcher(line)
                        .results()
                        .forEach(m -> compounds.add(m.group().toLowerCase(Locale.ROOT)))));
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int fullLine =
        pages.stream().flatMap(List::stream).mapToInt(l -> l.strip().length()).max().orElse(80);
    String previous = "";
    for (List<String> page : pages) {
      List<String> edges = edges(page);
      for (String raw : page) {
        boolean paraStart = raw.startsWith(PARA);
        String line = raw.replace(PARA, "").strip();
        if (line.isEmpty()) {
          continue;
        }
        if (edges.contains(raw)
            && !LABEL.matcher(line).find()
            && (PAGE_NUMBER.matcher(line).matches()
                || (pages.size() > 1 && edgeCounts.getOrDefault(shape(raw), 0) >= repeated))) {
          continue;
        }
        if (paragraph.length() > 0
            && (paraStart
                || LABEL.matcher(line).find()
                || endsHeading(paragraph)
                || endsShortLine(previous, line, fullLine))) {
          flush(paragraph, out);
        }
        previous = line;
        append(paragraph, line, compounds);
      }
    }
    flush(paragraph, out);
    return out;
  }

  private static List<List<String>> pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphStart(PARA);
      List<List<String>> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(doc).split("\\R")) {
          if (!line.replace(PARA, "").isBlank()) {
            lines.add(line);
          }
        }
        pages.add(lines);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static List<String> edges(List<String> page) {
    List<String> out = new ArrayList<>(page.subList(0, Math.min(EDGE, page.size())));
    out.addAll(page.subList(Math.max(0, page.size() - EDGE), page.size()));
    return out;
  }

  /** Digits vary between running headers ("A/64/L.64 page 3"): compare their shape. */
  private static String shape(String line) {
    return line.replace(PARA, "").strip().replaceAll("\\d+", "#");
  }

  /** A lone label line such as "Article 3" is a heading: what follows is a new paragraph. */
  private static boolean endsHeading(StringBuilder paragraph) {
    return paragraph.toString().matches("(Article\\s+\\d+|Chapter\\s+[IVXLC]+|Preamble|Annex)");
  }

  /**
   * A line well short of the full width that ends without punctuation, followed by a capital, is a
   * heading ("Use of terms"): what follows must not be glued to it.
   */
  private static boolean endsShortLine(String previous, String line, int fullLine) {
    return !previous.isEmpty()
        && previous.length() < fullLine * 0.6
        && Character.isLetterOrDigit(previous.charAt(previous.length() - 1))
        && Character.isUpperCase(line.charAt(0));
  }

  private static void append(StringBuilder paragraph, String line, Set<String> compounds) {
    int len = paragraph.length();
    boolean broken =
        len > 1
            && paragraph.charAt(len - 1) == '-'
            && Character.isLetter(paragraph.charAt(len - 2))
            && Character.isLowerCase(line.charAt(0));
    if (broken) {
      Matcher head = TRAILING_WORD.matcher(paragraph);
      Matcher tail = LEADING_WORD.matcher(line);
      String compound = (head.find() ? head.group() : "") + (tail.find() ? tail.group() : "");
      if (!compounds.contains(compound.toLowerCase(Locale.ROOT))) {
        paragraph.setLength(len - 1); // a word broken at the line end
      }
    } else if (len > 0) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  private static void flush(StringBuilder paragraph, List<String> out) {
    if (paragraph.length() > 0) {
      out.add(paragraph.toString());
      out.add("");
      paragraph.setLength(0);
    }
  }
}
