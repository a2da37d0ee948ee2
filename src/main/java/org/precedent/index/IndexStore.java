package org.precedent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code index/} folder: each build writes a fresh {@code build-<n>} directory beside the
 * served one, and only a complete build is published, by atomically replacing the {@code CURRENT}
 * file that names it. A build killed half way therefore leaves the served index untouched.
 */
public final class IndexStore {
  static final String CURRENT = "CURRENT";
  private final Path root;

  public IndexStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The published index directory, if a complete build exists. */
  public Optional<Path> current() {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path dir = root.resolve(name);
      return name.isEmpty() || !Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  /** A new, empty directory for a build; nothing serves it until {@link #publish}. */
  Path newBuildDir() throws IOException {
    Files.createDirectories(root);
    Path dir =
        root.resolve("build-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
    Files.createDirectory(dir);
    return dir;
  }

  /** Points {@code CURRENT} at {@code dir} atomically, then removes older builds. */
  void publish(Path dir) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
    Files.writeString(tmp, dir.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(
          tmp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    removeOtherBuilds(dir);
  }

  /**
   * Deletes build directories other than {@code keep}. Builds still being written by another
   * process are younger than a minute and are left alone.
   */
  void removeOtherBuilds(Path keep) throws IOException {
    long cutoff = System.currentTimeMillis() - 60_000;
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("build-")).toList()) {
        if (!dir.equals(keep) && Files.getLastModifiedTime(dir).toMillis() < cutoff) {
          deleteTree(dir);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
