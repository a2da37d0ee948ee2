package org.precedent.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifest: every {@code corpus/manifest/*.json} file holds a JSON array of instrument entries.
 * Several files (treaties, OHCHR, the 2010 negotiation record, metadata-only citations, ingested
 * instruments) keep related entries together; ids are unique across all of them.
 */
public final class Manifest {
  public static final String DIRECTORY = "manifest";

  private final Map<String, Instrument> byId;
  private final Map<String, Path> fileById;

  private Manifest(Map<String, Instrument> byId, Map<String, Path> fileById) {
    this.byId = byId;
    this.fileById = fileById;
  }

  public static Manifest read(Path corpusDir) {
    Path dir = corpusDir.resolve(DIRECTORY);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no manifest directory at " + dir.toAbsolutePath());
    }
    Map<String, Instrument> byId = new LinkedHashMap<>();
    Map<String, Path> fileById = new LinkedHashMap<>();
    for (Path file : jsonFiles(dir)) {
      for (Instrument instrument : readFile(file)) {
        Path previous = fileById.putIfAbsent(instrument.id(), file);
        if (previous != null) {
          throw new IllegalStateException(
              "instrument id '" + instrument.id() + "' is in both " + previous + " and " + file);
        }
        byId.put(instrument.id(), instrument);
      }
    }
    return new Manifest(byId, fileById);
  }

  public static List<Instrument> readFile(Path file) {
    try {
      return ManifestReader.read(file);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read manifest file " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Instrument> instruments() {
    return new ArrayList<>(byId.values());
  }

  public java.util.Optional<Instrument> instrument(String id) {
    return java.util.Optional.ofNullable(byId.get(id));
  }

  /** The manifest file an instrument was read from. */
  public java.util.Optional<Path> fileOf(String id) {
    return java.util.Optional.ofNullable(fileById.get(id));
  }
}
