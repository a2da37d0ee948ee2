package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming manifest reader reads what record binding read, and refuses what it refused. */
class ManifestReaderTest {
  private static final ObjectMapper BINDING =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static Stream<Path> manifestFiles() throws IOException {
    List<Path> roots =
        List.of(
            Path.of("corpus"),
            Path.of("src", "test", "resources", "fixture-cite"),
            Path.of("src", "test", "resources", "fixture-core"),
            Path.of("src", "test", "resources", "fixture-corpus"),
            Path.of("src", "test", "resources", "fixture-match"));
    return roots.stream()
        .flatMap(
            root -> {
              try {
                return Files.list(root.resolve(Manifest.DIRECTORY))
                    .filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("manifestFiles")
  void readsEveryShippedAndFixtureManifestAsBindingDid(Path file) throws IOException {
    List<Instrument> bound = BINDING.readValue(file.toFile(), new TypeReference<>() {});
    assertEquals(bound, ManifestReader.read(file));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # entry                                                                  | the message names
          [{"id":"x-1","title":"T","kind":"treaty","status":"treaty","colour":"red"}] | unknown field 'colour'
          [{"id":"x-1","title":"T","kind":"treaty","status":"treaty","source":{"page":1}}] | unknown field 'source.page'
          [{"id":"x-1","title":"T","kind":"treaty","status":"treaty","aliases":"A"}] | 'aliases' as an array
          [{"id":"x-1","title":"T","kind":"treaty","status":"binding"}]              | unknown status 'binding'
          [{"id":"x-1","kind":"treaty","status":"treaty"}]                           | x-1: title is required
          {"id":"x-1"}                                                               | a JSON array
          """)
  void refusesWhatBindingRefusedAndSaysWhere(String json, String message, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> ManifestReader.read(file));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void leavesOutAbsentFieldsAsTheRecordDefaultsThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file,
        "[{\"id\":\"x-1\",\"title\":\"T\",\"kind\":\"treaty\",\"status\":\"treaty\"}]",
        StandardCharsets.UTF_8);
    Instrument read = ManifestReader.read(file).get(0);
    assertEquals("en", read.language());
    assertEquals(List.of(), read.aliases());
  }
}
