package org.precedent.corpus.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats official texts come in, each converted to blank-line-separated paragraphs. */
public enum SourceFormat {
  TEXT("txt", "text"),
  HTML("html", "htm"),
  PDF("pdf");

  private final List<String> extensions;

  SourceFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** By file name, falling back to the content's first bytes (a PDF signature or an HTML tag). */
  public static SourceFormat detect(String fileName, byte[] content) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    for (SourceFormat format : values()) {
      if (format.extensions.contains(ext)) {
        return format;
      }
    }
    String head =
        new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("%pdf-")) {
      return PDF;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return HTML;
    }
    if (ext.isEmpty() || ext.equals("md")) {
      return TEXT;
    }
    throw new IllegalArgumentException(
        "unknown format '."
            + ext
            + "'; accepted: "
            + Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
  }

  /** The paragraphs of the source as corpus-file lines: one paragraph per line, blank between. */
  public List<String> toLines(byte[] content) {
    return switch (this) {
      case TEXT -> PlainSource.lines(new String(content, StandardCharsets.UTF_8));
      case HTML -> HtmlSource.lines(new String(content, StandardCharsets.UTF_8));
      case PDF -> PdfSource.lines(content);
    };
  }
}
