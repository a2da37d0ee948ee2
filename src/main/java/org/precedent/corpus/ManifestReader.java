package org.precedent.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one manifest file with Jackson's streaming parser, field by field into {@link Instrument}.
 * Binding the records reflectively took three times as long in a cold JVM, and a server reads up to
 * twenty thousand entries before it can answer. As strict as the binding was: an unknown field or a
 * value of the wrong shape fails with the file, the entry and the field.
 */
final class ManifestReader {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonParser in;
  private final Path file;
  private String entry = "?";

  private ManifestReader(JsonParser in, Path file) {
    this.in = in;
    this.file = file;
  }

  static List<Instrument> read(Path file) throws IOException {
    try (JsonParser in = JSON.createParser(file.toFile())) {
      return new ManifestReader(in, file).entries();
    }
  }

  private List<Instrument> entries() throws IOException {
    expect(in.nextToken(), JsonToken.START_ARRAY, "a JSON array of instrument entries");
    List<Instrument> out = new ArrayList<>();
    for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
      expect(t, JsonToken.START_OBJECT, "an instrument entry (a JSON object)");
      out.add(instrument());
    }
    if (in.nextToken() != null) {
      throw problem("content after the array of entries");
    }
    return out;
  }

  private Instrument instrument() throws IOException {
    entry = "entry " + in.currentLocation().getLineNr() + ":" + in.currentLocation().getColumnNr();
    String id = null;
    String title = null;
    String shortTitle = null;
    List<String> aliases = null;
    String symbol = null;
    String body = null;
    String date = null;
    String kind = null;
    Status status = null;
    String language = null;
    Instrument.SourceSpec source = null;
    String text = null;
    String layout = null;
    List<List<Integer>> drop = null;
    List<Integer> join = null;
    List<Instrument.StatusRange> statusRanges = null;
    Map<String, String> attributes = null;
    Map<String, String> links = null;
    List<String> notes = null;
    List<List<Integer>> footnotes = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      in.nextToken();
      switch (field) {
        case "id" -> {
          id = string(field);
          entry = "entry '" + id + "'";
        }
        case "title" -> title = string(field);
        case "shortTitle" -> shortTitle = string(field);
        case "aliases" -> aliases = strings(field);
        case "symbol" -> symbol = string(field);
        case "body" -> body = string(field);
        case "date" -> date = string(field);
        case "kind" -> kind = string(field);
        case "status" -> status = status(field);
        case "language" -> language = string(field);
        case "source" -> source = source();
        case "text" -> text = string(field);
        case "layout" -> layout = string(field);
        case "drop" -> drop = ranges(field);
        case "join" -> join = integers(field);
        case "statusRanges" -> statusRanges = statusRanges();
        case "attributes" -> attributes = stringMap(field);
        case "links" -> links = stringMap(field);
        case "notes" -> notes = strings(field);
        case "footnotes" -> footnotes = ranges(field);
        default -> throw unknown(field);
      }
    }
    try {
      return new Instrument(
          id,
          title,
          shortTitle,
          aliases,
          symbol,
          body,
          date,
          kind,
          status,
          language,
          source,
          text,
          layout,
          drop,
          join,
          statusRanges,
          attributes,
          links,
          notes,
          footnotes);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + " (" + file + ", " + entry + ")", e);
    }
  }

  private Instrument.SourceSpec source() throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_OBJECT, "'source' as an object");
    String origin = null;
    String sourceFile = null;
    Integer from = null;
    Integer to = null;
    String official = null;
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String field = in.currentName();
      in.nextToken();
      switch (field) {
        case "origin" -> origin = string(field);
        case "file" -> sourceFile = string(field);
        case "from" -> from = integer(field);
        case "to" -> to = integer(field);
        case "official" -> official = string(field);
        default -> throw unknown("source." + field);
      }
    }
    return new Instrument.SourceSpec(origin, sourceFile, from, to, official);
  }

  private List<Instrument.StatusRange> statusRanges() throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_ARRAY, "'statusRanges' as an array");
    List<Instrument.StatusRange> out = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      expect(in.currentToken(), JsonToken.START_OBJECT, "each status range as an object");
      String from = null;
      String to = null;
      Status status = null;
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "from" -> from = string(field);
          case "to" -> to = string(field);
          case "status" -> status = status(field);
          default -> throw unknown("statusRanges." + field);
        }
      }
      out.add(new Instrument.StatusRange(from, to, status));
    }
    return out;
  }

  private Status status(String field) throws IOException {
    String label = string(field);
    try {
      return label == null ? null : Status.of(label);
    } catch (IllegalArgumentException e) {
      throw problem(e.getMessage());
    }
  }

  private String string(String field) throws IOException {
    return switch (in.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> in.getText();
      default -> throw problem("'" + field + "' must be a string");
    };
  }

  private Integer integer(String field) throws IOException {
    return switch (in.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT -> in.getIntValue();
      default -> throw problem("'" + field + "' must be a whole number");
    };
  }

  private List<String> strings(String field) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_ARRAY, "'" + field + "' as an array");
    List<String> out = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      out.add(string(field));
    }
    return out;
  }

  private List<Integer> integers(String field) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_ARRAY, "'" + field + "' as an array");
    List<Integer> out = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      out.add(integer(field));
    }
    return out;
  }

  private List<List<Integer>> ranges(String field) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_ARRAY, "'" + field + "' as an array of arrays");
    List<List<Integer>> out = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      out.add(integers(field));
    }
    return out;
  }

  private Map<String, String> stringMap(String field) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(in.currentToken(), JsonToken.START_OBJECT, "'" + field + "' as an object");
    Map<String, String> out = new LinkedHashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String key = in.currentName();
      in.nextToken();
      out.put(key, string(field + "." + key));
    }
    return out;
  }

  private void expect(JsonToken got, JsonToken wanted, String what) throws IOException {
    if (got != wanted) {
      throw problem("expected " + what);
    }
  }

  private IOException unknown(String field) {
    return problem("unknown field '" + field + "'");
  }

  private IOException problem(String what) {
    return new IOException(
        what + " (" + file + ", " + entry + ", line " + in.currentLocation().getLineNr() + ")");
  }
}
