package org.precedent.corpus.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Manifest;
import org.precedent.corpus.Provenance;
import org.precedent.corpus.Provision;

/**
 * Adds an instrument to {@code corpus/}: converts the source, parses it with the corpus's own
 * parsers (so the outline shown is exactly what will be indexed), then writes the original, the
 * corpus text and the manifest entry. A metadata-only instrument with the same id becomes a full
 * one, keeping its recorded aliases, links and notes.
 */
public final class Ingester {
  /** Manifest file for instruments added this way. */
  public static final String ADDED = "added.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  private final Path corpusDir;

  public Ingester(Path corpusDir) {
    this.corpusDir = corpusDir;
  }

  /** What an addition will write: the entry, the corpus-file lines and the provisions parsed. */
  public record Plan(
      Instrument instrument,
      byte[] original,
      String originalName,
      List<String> lines,
      List<Provision> provisions) {}

  /**
   * @param request the user's facts
   * @param layout a layout name, or empty to detect it from the text's labels
   */
  public Plan plan(byte[] content, String fileName, AddRequest request, Optional<String> layout) {
    Manifest manifest = Manifest.read(corpusDir);
    Optional<Instrument> existing = manifest.instrument(request.id());
    if (existing.isPresent() && existing.get().hasText()) {
      throw new IllegalArgumentException(
          "instrument '" + request.id() + "' already exists with text; choose another id");
    }
    SourceFormat format = SourceFormat.detect(fileName, content);
    List<String> lines = format.toLines(content);
    String ext = format.name().toLowerCase(Locale.ROOT);
    String originalName = "sources/" + request.id() + "." + ext;
    Instrument.SourceSpec source =
        new Instrument.SourceSpec(
            Provenance.INGESTED,
            "texts/" + request.id() + ".txt",
            null,
            null,
            request.official().orElse(fileName));
    Instrument full =
        merge(request, existing, source, layout.orElseGet(() -> LayoutDetector.detect(lines)));
    List<Provision> provisions = Corpus.parseLines(full, lines, full.text());
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("no provisions found in " + fileName);
    }
    return new Plan(full, content, originalName, lines, provisions);
  }

  /** Writes the plan into the corpus; the caller reindexes. */
  public void write(Plan plan) {
    try {
      Instrument instrument = plan.instrument();
      Files.createDirectories(corpusDir.resolve("sources"));
      Files.createDirectories(corpusDir.resolve("texts"));
      Files.write(corpusDir.resolve(plan.originalName()), plan.original());
      writeAtomically(corpusDir.resolve(instrument.text()), String.join("\n", plan.lines()) + "\n");
      Manifest manifest = Manifest.read(corpusDir);
      Optional<Path> previousFile = manifest.fileOf(instrument.id());
      Path added = corpusDir.resolve(Manifest.DIRECTORY).resolve(ADDED);
      if (previousFile.isPresent() && !previousFile.get().equals(added)) {
        List<Instrument> rest = new ArrayList<>(Manifest.readFile(previousFile.get()));
        rest.removeIf(i -> i.id().equals(instrument.id()));
        writeAtomically(previousFile.get(), JSON.writeValueAsString(rest) + "\n");
      }
      List<Instrument> entries =
          Files.exists(added) ? new ArrayList<>(Manifest.readFile(added)) : new ArrayList<>();
      entries.removeIf(i -> i.id().equals(instrument.id()));
      entries.add(instrument);
      writeAtomically(added, JSON.writeValueAsString(entries) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to the corpus: " + e.getMessage(), e);
    }
  }

  private static Instrument merge(
      AddRequest user, Optional<Instrument> known, Instrument.SourceSpec source, String layout) {
    List<String> aliases =
        new ArrayList<>(
            new LinkedHashSet<>(concat(known.map(Instrument::aliases), user.aliases())));
    return new Instrument(
        user.id(),
        user.title(),
        user.shortTitle().orElse(known.map(Instrument::shortTitle).orElse(null)),
        aliases,
        user.symbol().orElse(known.map(Instrument::symbol).orElse(null)),
        user.body().orElse(known.map(Instrument::body).orElse(null)),
        user.date().orElse(known.map(Instrument::date).orElse(null)),
        user.kindFor(layout),
        user.status(),
        user.language(),
        source,
        source.file(),
        layout,
        List.of(),
        List.of(),
        List.of(),
        java.util.Map.of(),
        known.map(Instrument::links).orElse(java.util.Map.of()),
        known.map(Instrument::notes).orElse(List.of()),
        // A known entry's footnote lines count lines of the text this one replaces.
        List.of());
  }

  private static List<String> concat(Optional<List<String>> first, List<String> second) {
    List<String> out = new ArrayList<>(first.orElse(List.of()));
    out.addAll(second);
    return out;
  }

  /** Write beside, then rename: a crash never leaves a half-written manifest or text. */
  private static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
