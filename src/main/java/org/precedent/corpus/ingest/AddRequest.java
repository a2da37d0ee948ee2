package org.precedent.corpus.ingest;

import java.util.List;
import java.util.Optional;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;

/**
 * The facts a user records when adding an instrument. {@code kind} may be left out: it then follows
 * the detected layout (treaty, resolution, principles, report, document).
 */
public record AddRequest(
    String id,
    String title,
    Optional<String> shortTitle,
    Optional<String> symbol,
    Status status,
    Optional<String> date,
    Optional<String> kind,
    String language,
    Optional<String> body,
    Optional<String> official,
    List<String> aliases) {

  public AddRequest {
    if (id == null || !ProvisionId.isInstrumentId(id)) {
      throw new IllegalArgumentException(
          "id must be lower-case letters and digits joined by hyphens, e.g. a-res-64-293; got "
              + id);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title is required");
    }
    if (status == null) {
      throw new IllegalArgumentException("status is required (treaty, adopted, ...)");
    }
    if (date.isPresent() && !date.get().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(
          "date must be YYYY, YYYY-MM or YYYY-MM-DD; got " + date.get());
    }
    if (language == null || !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException(
          "language must be a two-letter code such as en; got " + language);
    }
    aliases = List.copyOf(aliases);
  }

  String kindFor(String layout) {
    return kind.orElse(
        switch (layout) {
          case "treaty", "resolution", "principles", "report" -> layout;
          default -> "document";
        });
  }
}
