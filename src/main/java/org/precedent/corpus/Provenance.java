package org.precedent.corpus;

/**
 * Where a provision's words come from. For seed-derived text, {@code file} is the seed file and the
 * line range is 1-based and inclusive in that file. For transcribed treaty text, {@code file} is
 * the corpus file (lines in it) and {@code official} names the official publication.
 */
public record Provenance(String origin, String file, int fromLine, int toLine, String official) {
  public static final String SEED = "seed";
  public static final String TRANSCRIBED = "transcribed";
  public static final String INGESTED = "ingested";

  public Provenance {
    if (fromLine < 1 || toLine < fromLine) {
      throw new IllegalArgumentException("bad line range " + fromLine + "-" + toLine);
    }
  }

  /** The same origin over a wider range, for a parent spanning its children. */
  public Provenance span(Provenance other) {
    return new Provenance(
        origin, file, Math.min(fromLine, other.fromLine), Math.max(toLine, other.toLine), official);
  }

  /** "003_x.txt, lines 2090-2091" */
  public String describe() {
    String lines = fromLine == toLine ? "line " + fromLine : "lines " + fromLine + "-" + toLine;
    return file
        + ", "
        + lines
        + (official == null || official.isEmpty() ? "" : " (" + official + ")");
  }
}
