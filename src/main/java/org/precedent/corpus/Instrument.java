package org.precedent.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One manifest entry: a document and the facts recorded about it. {@code text} is the corpus file
 * holding its words, or null for a metadata-only instrument (citable, but its text is not in the
 * corpus and is never invented). {@code footnotes} lists the source lines of each footnote the
 * corpus keeps as a provision of its own ({@link Footnotes}); those lines are also in {@code drop},
 * so they never run into the text they annotate.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Instrument(
    String id,
    String title,
    String shortTitle,
    List<String> aliases,
    String symbol,
    String body,
    String date,
    String kind,
    Status status,
    String language,
    SourceSpec source,
    String text,
    String layout,
    List<List<Integer>> drop,
    List<Integer> join,
    List<StatusRange> statusRanges,
    Map<String, String> attributes,
    Map<String, String> links,
    List<String> notes,
    List<List<Integer>> footnotes) {

  public Instrument {
    if (id == null || !ProvisionId.isInstrumentId(id)) {
      throw new IllegalArgumentException("manifest entry has a bad or missing id: " + id);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException(id + ": title is required");
    }
    if (status == null) {
      throw new IllegalArgumentException(id + ": status is required (a recorded fact)");
    }
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException(id + ": kind is required");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    drop = drop == null ? List.of() : List.copyOf(drop);
    join = join == null ? List.of() : List.copyOf(join);
    statusRanges = statusRanges == null ? List.of() : List.copyOf(statusRanges);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    links = links == null ? Map.of() : Map.copyOf(links);
    notes = notes == null ? List.of() : List.copyOf(notes);
    footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    // Expanded only when needed: most entries list no footnotes, and every entry is read at start.
    Set<Integer> dropped = footnotes.isEmpty() ? Set.of() : SourceText.lines(drop);
    for (List<Integer> note : footnotes) {
      if (note.isEmpty() || note.size() > 2) {
        throw new IllegalArgumentException(id + ": a footnote is one line range, not " + note);
      }
      if (!dropped.containsAll(SourceText.lines(List.of(note)))) {
        throw new IllegalArgumentException(
            id + ": footnote lines " + note + " must also be dropped from the running text");
      }
    }
    language = language == null ? "en" : language;
    if (text != null && (layout == null || source == null)) {
      throw new IllegalArgumentException(
          id + ": an instrument with text needs a layout and source");
    }
  }

  /** Whether the corpus holds this instrument's words. */
  @JsonIgnore
  public boolean hasText() {
    return text != null;
  }

  /** The name citations print: the short title, else the symbol, else the title. */
  @JsonIgnore
  public String citationName() {
    if (shortTitle != null && !shortTitle.isBlank()) {
      return shortTitle;
    }
    return symbol != null && !symbol.isBlank() ? symbol : title;
  }

  /** Four-digit year of {@code date}, when recorded. */
  @JsonIgnore
  public Optional<Integer> year() {
    if (date == null || date.length() < 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(date.substring(0, 4)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Where the words come from. {@code from}/{@code to} are the seed lines the corpus file copies
   * verbatim (origin "seed"); a transcribed file names its {@code official} publication.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceSpec(String origin, String file, Integer from, Integer to, String official) {}

  /** Provisions {@code from}..{@code to} (document order, inclusive) carry another status. */
  public record StatusRange(String from, String to, Status status) {}
}
