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
 * doc n - 1): for tests that need a corpus shaped to their case, such as many copies of one text.
 */
public final class ParagraphIndex {
  private ParagraphIndex() {}

  /** Builds the index under {@code root} and returns the folder of the build. */
  public static Path build(Path root, String instrumentId, List<String> texts) {
    Instrument instrument =
        Instruments.plain(instrumentId, "Fixture " + instrumentId, "resolution", Status.ADOPTED);
    List<Indexer.Entry> entries = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      entries.add(new Indexer.Entry(instrument, paragraph(instrument, i, texts.get(i))));
    }
    return new Indexer(new IndexStore(root)).build(entries.iterator(), "fixture", 1, n -> {}).dir();
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
        Status.ADOPTED,
        "en",
        new Provenance("fixture", "fixture", n + 1, n + 1, null),
        Outline.sha256(text),
        n,
        List.of(),
        Map.of());
  }
}
