package org.precedent.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precedent.match.Precedent;
import org.precedent.match.SegmentCheck;

/**
 * What the check's recall is measured against: per segment of a draft, the best precedent found by
 * aligning every provision. At a million provisions that takes about 22 minutes, so a run with
 * {@code --keep} saves it beside the kept index and a later run over the same corpus and draft
 * reads it back instead. A change to alignment or to the judge changes the reference: delete the
 * file then.
 */
final class ExhaustiveReference {
  /**
   * One segment's best precedent, and every precedent it listed ({@code listed}, best first, the
   * best included); {@link #NONE} when nothing aligned with it.
   */
  record Best(String id, double similarity, double coverage, List<String> listed) {
    static final Best NONE = new Best("", 0, 0, List.of());

    /** Reuse worth finding: a precedent covering half the segment or more. */
    boolean isReuse() {
      return !id.isEmpty() && coverage >= 0.5;
    }
  }

  private ExhaustiveReference() {}

  /** The best precedent of each segment of a reference check. */
  static List<Best> of(List<SegmentCheck> segments) {
    List<Best> out = new ArrayList<>();
    for (SegmentCheck s : segments) {
      if (s.precedents().isEmpty()) {
        out.add(Best.NONE);
      } else {
        Precedent p = s.precedents().get(0);
        List<String> listed = s.precedents().stream().map(Precedent::id).toList();
        out.add(new Best(p.id(), p.similarity(), p.coverage(), listed));
      }
    }
    return out;
  }

  /**
   * The reference saved in {@code file} for {@code key} (corpus snapshot, draft and paragraphs), if
   * the file holds that key.
   */
  static Optional<List<Best>> read(Path file, String key) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(header(key))) {
      return Optional.empty();
    }
    List<Best> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      out.add(
          f[0].isEmpty()
              ? Best.NONE
              : new Best(
                  f[0],
                  Double.parseDouble(f[1]),
                  Double.parseDouble(f[2]),
                  List.of(f[3].split(","))));
    }
    return Optional.of(out);
  }

  /** Saves {@code reference} under {@code key}; doubles in full, so a reread compares the same. */
  static void write(Path file, String key, List<Best> reference) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header(key));
    for (Best b : reference) {
      lines.add(
          b.id() + "\t" + b.similarity() + "\t" + b.coverage() + "\t" + String.join(",", b.listed()));
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.write(partial, lines, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The first line of a saved reference. Files saved before the lists were kept have another one,
   * so they are aligned again rather than read without their lists.
   */
  private static String header(String key) {
    return "# exhaustive reference with listed precedents " + key;
  }
}
