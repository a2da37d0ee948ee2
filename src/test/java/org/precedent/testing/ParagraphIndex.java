package org.precedent.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Outline;
import org.precedent.corpus.Provenance;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;
import org.precedent.index.IndexStore;
import org.precedent.index.Indexer;

/**
 * An index of one adopted resolution whose paragraphs are the given texts, in order (paragraph n is
 * doc n - 1), or of several instruments of given statuses: for tests that need a corpus shaped to
 * their case, such as many copies of one text.
 */
public final class ParagraphIndex {
  private ParagraphIndex() {}

  /** One instrument of the index: its paragraphs are {@code texts}, in order. */
  public record Part(String instrumentId, Status status, List<String> texts) {}

  /** Builds the index under {@code root} and returns the folder of the build. */
  public static Path build(Path root, String instrumentId, List<String> texts) {
    return build(root, List.of(new Part(instrumentId, Status.ADOPTED, texts)));
  }

  /**
   * Builds an index of {@code parts}, added in order, under {@code root} and returns the folder of
   * the build. The index holds them in authority order ({@link Indexer#AUTHORITY_ORDER}).
   */
  public static Path build(Path root, List<Part> parts) {
    List<Indexer.Entry> entries = new ArrayList<>();
    for (Part part : parts) {
      Instrument instrument =
          Instruments.plain(
              part.instrumentId(), "Fixture " + part.instrumentId(), "resolution", part.status());
      for (int i = 0; i < part.texts().size(); i++) {
        entries.add(new Indexer.Entry(instrument, paragraph(instrument, i, part.texts().get(i))));
      }
    }
    return new Indexer(new IndexStore(root)).build(entries, "fixture", 1, n -> {}).dir();
  }

  private static Provision paragraph(Instrument instrument, int n, String text) {
    ProvisionId id = new ProvisionId(instrument.id(), "para_" + (n + 1));
    return new Provision(
        id,
        "paragraph",
        "para. " + (n + 1),
        instrument.title() + ", para. " + (n + 1),
        "",
        "",
        text,
        text,
        instrument.status(),
        "en",
        new Provenance("fixture", "fixture", n + 1, n + 1, null),
        Outline.sha256(text),
        n,
        List.of(),
        Map.of());
  }
}
