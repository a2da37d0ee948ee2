package org.precedent.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The parsed corpus: the manifest's instruments and every provision of those whose text is in
 * {@code corpus/}. Loading reads only that folder, so a fresh clone needs nothing else.
 */
public final class Corpus {
  private final Path dir;
  private final Manifest manifest;
  private final Map<String, List<Provision>> provisionsByInstrument;
  private final String snapshot;

  private Corpus(
      Path dir, Manifest manifest, Map<String, List<Provision>> provisions, String snapshot) {
    this.dir = dir;
    this.manifest = manifest;
    this.provisionsByInstrument = provisions;
    this.snapshot = snapshot;
  }

  public static Corpus load(Path dir) {
    Manifest manifest = Manifest.read(dir);
    Map<String, List<Provision>> provisions = new LinkedHashMap<>();
    for (Instrument instrument : manifest.instruments()) {
      if (instrument.hasText()) {
        provisions.put(instrument.id(), parse(dir, instrument));
      }
    }
    return new Corpus(dir, manifest, provisions, snapshotOf(dir));
  }

  /** Parses one instrument's corpus file into its provisions. */
  public static List<Provision> parse(Path dir, Instrument instrument) {
    Path file = dir.resolve(instrument.text());
    return parseLines(instrument, readLines(file), file.toString());
  }

  /**
   * Parses an instrument's corpus-file lines (already read, or not yet written) into provisions.
   */
  public static List<Provision> parseLines(Instrument instrument, List<String> lines, String file) {
    Instrument.SourceSpec source = instrument.source();
    boolean seed = Provenance.SEED.equals(source.origin());
    int firstLine = seed && source.from() != null ? source.from() : 1;
    String provenanceFile = seed ? source.file() : instrument.text();
    if (seed && source.to() != null && source.to() - firstLine + 1 != lines.size()) {
      throw new IllegalStateException(
          instrument.id()
              + ": "
              + file
              + " has "
              + lines.size()
              + " lines but the manifest says it"
              + " copies seed lines "
              + firstLine
              + "-"
              + source.to());
    }
    List<Block> blocks = SourceText.blocks(lines, firstLine, instrument.drop(), instrument.join());
    List<ParsedProvision> parsed =
        new ArrayList<>(Layouts.forName(instrument.layout()).parse(blocks, instrument));
    if (parsed.isEmpty()) {
      throw new IllegalStateException(instrument.id() + ": no provisions found in " + file);
    }
    parsed.addAll(Footnotes.parse(lines, firstLine, instrument));
    return Outline.build(instrument, parsed, provenanceFile, source.official());
  }

  public static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus file " + file, e);
    }
  }

  /**
   * SHA-256 over every corpus file's relative path and bytes, in path order: the snapshot id that
   * tells whether an index was built from exactly this corpus.
   */
  public static String snapshotOf(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(
            dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Manifest manifest() {
    return manifest;
  }

  public List<Instrument> instruments() {
    return manifest.instruments();
  }

  public Optional<Instrument> instrument(String id) {
    return manifest.instrument(id);
  }

  public List<Provision> provisions(String instrumentId) {
    return provisionsByInstrument.getOrDefault(instrumentId, List.of());
  }

  public List<Provision> allProvisions() {
    List<Provision> out = new ArrayList<>();
    provisionsByInstrument.values().forEach(out::addAll);
    return out;
  }

  public String snapshot() {
    return snapshot;
  }
}
