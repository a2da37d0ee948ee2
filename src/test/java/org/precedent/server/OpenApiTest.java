package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.precedent.cite.Citation;
import org.precedent.cite.CiteResult;
import org.precedent.cite.CitedProvision;
import org.precedent.cite.Verification;
import org.precedent.search.Hit;
import org.precedent.search.SearchResult;
import org.precedent.testing.Http;

/** {@code /openapi.json} describes every route the app registers, and nothing is left out. */
class OpenApiTest {
  @RegisterExtension static final Served SERVED = Served.fixture();
  static JsonNode doc;
  static final java.util.Set<String> HTTP_METHODS =
      java.util.Set.of("get", "post", "put", "patch", "delete", "head", "options");

  @BeforeAll
  static void read() {
    Http.Reply reply = SERVED.http().get(OpenApiDocument.PATH);
    assertEquals(200, reply.status());
    doc = reply.json();
  }

  @Test
  void everyRegisteredRouteIsDocumented() {
    List<String> missing = new ArrayList<>();
    List<ParsedEndpoint> endpoints =
        SERVED.app().unsafeConfig().pvt.internalRouter.allHttpHandlers();
    for (ParsedEndpoint endpoint : endpoints) {
      String path = endpoint.getEndpoint().getPath();
      String method = endpoint.getEndpoint().getMethod().name().toLowerCase(Locale.ROOT);
      if (!HTTP_METHODS.contains(method)) {
        continue; // before/after filters are not routes
      }
      if (!doc.path("paths").path(path).has(method)) {
        missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    assertTrue(missing.isEmpty(), "routes missing from openapi.json: " + missing);
    assertTrue(endpoints.size() >= 7, "routes found: " + endpoints.size());
  }

  /** A field added to a response record must be added to its schema too. */
  @Test
  void responseSchemasListEveryFieldTheirRecordsWrite() {
    ObjectMapper json = new ObjectMapper();
    List<String> missing = new ArrayList<>();
    for (Class<?> type :
        List.of(
            Hit.class,
            SearchResult.class,
            Citation.class,
            CitedProvision.class,
            CiteResult.class,
            Verification.class)) {
      JsonNode properties =
          doc.path("components").path("schemas").path(type.getSimpleName()).path("properties");
      assertTrue(properties.isObject(), "no schema for " + type.getSimpleName());
      json.getSerializationConfig()
          .introspect(json.constructType(type))
          .findProperties()
          .forEach(
              p -> {
                if (!properties.has(p.getName())) {
                  missing.add(type.getSimpleName() + "." + p.getName());
                }
              });
    }
    assertTrue(missing.isEmpty(), "fields missing from openapi.json: " + missing);
  }

  @Test
  void theCoreAndSearchRoutesAreDescribed() {
    for (String path :
        List.of(
            "/health",
            "/api/instruments",
            "/api/instruments/{id}",
            "/api/provisions/{instrument}/{eid}",
            "/api/search",
            "/api/provisions/{instrument}/{eid}/similar")) {
      assertTrue(doc.path("paths").path(path).has("get"), path);
    }
    List<String> params = new ArrayList<>();
    doc.path("paths")
        .path("/api/search")
        .path("get")
        .path("parameters")
        .forEach(p -> params.add(p.get("name").asText()));
    assertEquals(
        List.of(
            "q",
            "mode",
            "instrument",
            "status",
            "kind",
            "body",
            "language",
            "year_from",
            "year_to",
            "sort",
            "limit",
            "offset",
            "exact_total"),
        params);
  }

  /** Every filter the search route reads as several values is described as a repeated one. */
  @Test
  void searchFiltersThatMayBeRepeatedAreArrays() {
    List<String> repeated = new ArrayList<>();
    doc.path("paths")
        .path("/api/search")
        .path("get")
        .path("parameters")
        .forEach(
            p -> {
              if (p.path("schema").path("type").asText().equals("array")
                  && p.path("explode").asBoolean()) {
                repeated.add(p.get("name").asText());
              }
            });
    assertEquals(List.of("instrument", "status", "kind", "body", "language"), repeated);
  }
}
