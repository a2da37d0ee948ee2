package org.precedent.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OpenAPI document served at {@code /openapi.json}: the base file ({@code openapi.json}) with
 * each stage's fragment ({@code openapi/<stage>.json}: its paths and schemas) merged in, so every
 * stage documents its own routes beside its code.
 */
final class OpenApiDocument {
  static final String PATH = "/openapi.json";
  private static final List<String> FRAGMENTS = List.of("cite", "check", "admin");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiDocument() {}

  static byte[] build() {
    try {
      ObjectNode doc = (ObjectNode) read("/openapi.json");
      for (String name : FRAGMENTS) {
        JsonNode fragment = read("/openapi/" + name + ".json");
        if (fragment == null) {
          continue;
        }
        // Path items merge method by method: a fragment may add POST to a path the base has GET on.
        fragment
            .path("paths")
            .fields()
            .forEachRemaining(
                e ->
                    merge(
                        doc.withObjectProperty("paths").withObjectProperty(e.getKey()),
                        e.getValue()));
        for (String section : List.of("schemas", "responses", "securitySchemes")) {
          merge(
              doc.withObjectProperty("components").withObjectProperty(section),
              fragment.path("components").path(section));
        }
      }
      return JSON.writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the OpenAPI document", e);
    }
  }

  private static void merge(ObjectNode into, JsonNode from) {
    from.fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue()));
  }

  // withObjectProperty, not with(): a path key such as "/api/cite" must not be read as a JSON
  // Pointer.
  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
      return in == null ? null : JSON.readTree(in);
    }
  }
}
