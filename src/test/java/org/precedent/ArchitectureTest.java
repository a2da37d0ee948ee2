package org.precedent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: server -> facade -> search|cite|match -> index -> corpus. Read from
 * the import lines, so a wrong-way import fails here with the file that made it.
 */
class ArchitectureTest {
  static final Path MAIN = Path.of("src", "main", "java", "org", "precedent");

  /** For each package, the project packages it must not import. */
  static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "corpus", List.of("index", "search", "cite", "match", "server", "cli", "KnowledgeBase"),
          "index", List.of("search", "cite", "match", "server", "cli", "KnowledgeBase"),
          "search", List.of("server", "cli", "KnowledgeBase"),
          "cite", List.of("server", "cli", "KnowledgeBase"),
          "match", List.of("server", "cli", "KnowledgeBase"),
          "server", List.of("cli"));

  @Test
  void importsPointDownThePipeline() throws IOException {
    List<String> violations = new ArrayList<>();
    for (var entry : FORBIDDEN.entrySet()) {
      Path dir = MAIN.resolve(entry.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            for (String target : entry.getValue()) {
              if (line.startsWith("import org.precedent." + target + ".")
                  || line.equals("import org.precedent." + target + ";")) {
                violations.add(file + ": " + line);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
