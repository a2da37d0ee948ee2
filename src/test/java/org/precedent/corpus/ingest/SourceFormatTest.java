package org.precedent.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Each source format becomes one paragraph per line with blank lines between, nothing else. */
class SourceFormatTest {
  static List<String> paragraphs(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void htmlKeepsHeadingsParagraphsAndListItemsAndLeavesOutFootnotesAndSiteChrome()
      throws IOException {
    byte[] html = Files.readAllBytes(Path.of("src/test/resources/ingest/treaty-page.html"));
    assertEquals(SourceFormat.HTML, SourceFormat.detect("page.html", html));
    assertEquals(
        List.of(
            "Convention on Example Matters",
            "Preamble",
            "The States Parties to this Convention,",
            "Deeply concerned at the exploitation of persons,",
            "Have agreed as follows:",
            "Article 1",
            "Statement of purpose",
            "The purposes of this Convention are:",
            "(a) To prevent and combat exploitation; and",
            "(b) To protect and assist the victims.",
            "Article 2",
            "Criminalization",
            "1. Each State Party shall adopt such legislative measures as may be necessary.",
            "2. Each State Party shall also adopt measures to establish as criminal offences attempting to commit an offence."),
        paragraphs(SourceFormat.HTML.toLines(html)));
  }

  @Test
  void pdfDropsRunningHeadersAndPageNumbersAndRejoinsHyphenatedWords() throws IOException {
    byte[] pdf =
        pdf(
            List.of(
                List.of(
                    "A/RES/99/1",
                    "",
                    "Article 1",
                    "",
                    "1. States Parties shall take meas-",
                    "ures to protect victims of anti-",
                    "trafficking operations.",
                    "",
                    "2. Second paragraph.",
                    "",
                    "- 1 -"),
                List.of(
                    "A/RES/99/1",
                    "",
                    "Article 2",
                    "",
                    "Each State Party shall consider anti-trafficking",
                    "measures.",
                    "",
                    "- 2 -")));
    assertEquals(SourceFormat.PDF, SourceFormat.detect("upload.bin", pdf));
    assertEquals(
        List.of(
            "Article 1",
            "1. States Parties shall take measures to protect victims of anti-trafficking operations.",
            "2. Second paragraph.",
            "Article 2",
            "Each State Party shall consider anti-trafficking measures."),
        paragraphs(SourceFormat.PDF.toLines(pdf)));
  }

  @Test
  void plainTextIsKeptLineForLine() {
    byte[] text = "\uFEFFPP1 Recalling\r\n\r\nOP1 Decides\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("PP1 Recalling", "", "OP1 Decides", ""), SourceFormat.TEXT.toLines(text));
  }

  @Test
  void unknownFormatsAreRefusedWithTheAcceptedList() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SourceFormat.detect("table.xlsx", new byte[] {1, 2}));
    assertEquals("unknown format '.xlsx'; accepted: [txt, text, html, htm, pdf]", e.getMessage());
  }

  /** A PDF with one text line per entry; an empty entry leaves a paragraph gap. */
  static byte[] pdf(List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          float y = 740;
          for (String line : lines) {
            if (!line.isEmpty()) {
              content.beginText();
              content.setFont(font, 11);
              content.newLineAtOffset(72, y);
              content.showText(line);
              content.endText();
            }
            y -= line.isEmpty() ? 10 : 14;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
