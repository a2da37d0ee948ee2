package org.precedent.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precedent.corpus.Instrument;

/**
 * A corpus folder holding only the synthetic instruments' manifest, so the facade (which reads
 * instrument facts from a manifest) opens over a synthetic index exactly as over the real one.
 */
final class SyntheticManifest {
  private SyntheticManifest() {}

  static Path write(SyntheticCorpus synthetic) throws IOException {
    Path dir = Files.createTempDirectory("precedent-bench-corpus");
    Files.createDirectories(dir.resolve("manifest"));
    List<Instrument> instruments = new ArrayList<>();
    int count = (synthetic.size() + SyntheticCorpus.PER_INSTRUMENT - 1) / SyntheticCorpus.PER_INSTRUMENT;
    for (int k = 0; k < count; k++) {
      instruments.add(synthetic.instrument(k));
    }
    new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
        .writeValue(dir.resolve("manifest").resolve("synthetic.json").toFile(), instruments);
    return dir;
  }
}
