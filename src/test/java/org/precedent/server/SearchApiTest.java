package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.precedent.search.SearchRequest;
import org.precedent.testing.Http;

/**
 * {@code /api/search} and {@code /similar} over real HTTP on a free port, against the fixture
 * corpus: every parameter, and every way a request can be refused with a 400.
 */
class SearchApiTest {
  @RegisterExtension static final Served SERVED = Served.fixture();

  static JsonNode search(String params) {
    Http.Reply r = SERVED.http().get("/api/search?" + params);
    assertEquals(200, r.status(), params + " -> " + r.body());
    return r.json();
  }

  static List<String> ids(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("hits").forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  static Set<String> values(JsonNode result, String field) {
    Set<String> out = new HashSet<>();
    result.get("hits").forEach(h -> out.add(h.get(field).asText()));
    return out;
  }

  @Test
  void phraseWithStopwordFindsTheDefinitionInBothModes() {
    for (String mode : List.of("stemmed", "exact")) {
      JsonNode r = search("q=" + Http.enc("\"position of vulnerability\"") + "&mode=" + mode);
      // fx-treaty para_4 (seed 003 line 2184) quotes Protocol art. 3 (a); fx-plan para_4 is annex
      // para 2 (seed 001:111)
      assertTrue(ids(r).containsAll(List.of("fx-treaty/para_4", "fx-plan/para_4")), mode + ids(r));
      assertEquals(mode, r.get("query").get("mode").asText());
      String snippet = r.get("hits").get(0).get("snippet").asText();
      assertTrue(snippet.contains("<mark>position of vulnerability</mark>"), snippet);
      assertFalse(r.get("snapshot").asText().isEmpty());
    }
  }

  @Test
  void inRelevanceOrderScoresFallDownThePage() {
    JsonNode hits = search("q=trafficking&limit=100").get("hits");
    assertTrue(hits.size() > 5, hits.toString());
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(
          hits.get(i).get("score").asDouble() <= hits.get(i - 1).get("score").asDouble(),
          "hit "
              + i
              + " scores above the one before it: "
              + hits.get(i)
              + " after "
              + hits.get(i - 1));
    }
  }

  @Test
  void aRepeatedSearchIsAnsweredFromTheKeptAnswerWordForWord() {
    String query = "/api/search?q=" + Http.enc("\"position of vulnerability\"") + "&limit=2";
    Http.Reply first = SERVED.http().get(query);
    Http.Reply again = SERVED.http().get(query);
    assertEquals("miss", first.header("X-Cache"));
    assertEquals("hit", again.header("X-Cache"));
    assertEquals(first.body(), again.body());
    assertTrue(again.contentType().startsWith("application/json"), again.contentType());
    Http.Reply otherPage = SERVED.http().get(query + "&offset=1");
    assertEquals("miss", otherPage.header("X-Cache"), "a different request is its own search");
    assertEquals(ids(first.json()).subList(1, 2), ids(otherPage.json()).subList(0, 1));
  }

  @Test
  void aRefusedSearchIsRefusedAgainNotKept() {
    String query = "/api/search?q=trafficking&instrument=no-such-instrument";
    for (int i = 0; i < 2; i++) {
      Http.Reply r = SERVED.http().get(query);
      assertEquals(400, r.status(), r.body());
      assertEquals("", r.header("X-Cache"));
    }
  }

  @Test
  void hitCarriesCitationTitleStatusDateTextAndScore() {
    JsonNode hit =
        search("q=" + Http.enc("\"position of vulnerability\"") + "&instrument=fx-plan")
            .get("hits")
            .get(0);
    assertEquals("fx-plan/para_4", hit.get("id").asText());
    assertEquals("fx-plan", hit.get("instrument").asText());
    assertEquals("para_4", hit.get("eid").asText());
    assertTrue(hit.get("citation").asText().startsWith("Fixture Plan"), hit.toString());
    assertEquals("Fixture plan of action (seed annex paragraphs)", hit.get("title").asText());
    assertEquals("adopted", hit.get("status").asText());
    assertEquals("2010-07-30", hit.get("date").asText());
    assertTrue(hit.get("text").asText().startsWith("2. Recognize that \"trafficking in persons\""));
    String bare = hit.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
    assertFalse(bare.contains("<") || bare.contains("\""), bare);
    assertTrue(hit.get("score").asDouble() > 0);
    assertEquals(0, hit.get("concepts").size(), "the definition states none of the concepts");
  }

  @Test
  void aConceptNameFindsTheProvisionStatingItAndTheHitSaysWhich() {
    // The plan's paragraph 30 (seed 001 line 175) says "are not penalized for being trafficked".
    JsonNode r = search("q=" + Http.enc("non-punishment"));
    boolean found = false;
    for (JsonNode hit : r.get("hits")) {
      found |= hit.get("text").asText().contains("are not penalized for being trafficked");
    }
    assertTrue(found, ids(r).toString());
    assertTrue(r.get("query").get("lucene").asText().contains("concept:non-punishment"));
    for (JsonNode hit : r.get("hits")) {
      assertEquals("non-punishment", hit.get("concepts").get(0).asText(), hit.toString());
    }
    JsonNode exact = search("q=" + Http.enc("non-punishment") + "&mode=exact");
    assertFalse(exact.get("query").get("lucene").asText().contains("concept:"));
    for (JsonNode hit : exact.get("hits")) {
      assertTrue(
          hit.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("non-punishment"));
    }
    assertTrue(exact.get("total").asInt() < r.get("total").asInt(), "exact mode never widens");
  }

  @Test
  void stopwordsAreContentOnlyInExactMode() {
    String q = "q=" + Http.enc("\"position for vulnerability\"");
    assertTrue(search(q).get("total").asInt() > 0, "stemmed mode ignores of/for");
    assertEquals(0, search(q + "&mode=exact").get("total").asInt(), "exact mode keeps them");
  }

  @Test
  void exactModeSeparatesShallFromShould() {
    JsonNode should = search("q=should&mode=exact");
    JsonNode shall = search("q=shall&mode=exact");
    assertTrue(should.get("total").asInt() > 0 && shall.get("total").asInt() > 0);
    assertTrue(
        ids(should).stream().noneMatch(ids(shall)::contains), ids(should) + " " + ids(shall));
    // seed 003:3050-3053: the report's "should provide", "should regulate"
    assertTrue(ids(should).contains("fx-report/para_3"), ids(should).toString());
  }

  @Test
  void stemmedModeFindsInflections() {
    int stemmed = search("q=traffic").get("total").asInt();
    int exact = search("q=traffic&mode=exact").get("total").asInt();
    assertTrue(stemmed > 10, "traffic should find trafficking: " + stemmed);
    assertEquals(0, exact, "no provision says 'traffic' on its own");
  }

  @Test
  void nearIsUnorderedAndOnearOrdered() {
    // "with due regard for safety and shall preferably be voluntary" (seed 001:183, 000:6190)
    Set<String> near = new HashSet<>(ids(search("q=" + Http.enc("voluntary NEAR/5 safety"))));
    assertTrue(near.containsAll(Set.of("fx-plan/para_38", "fx-draft/para_4")), near.toString());
    assertEquals(near, new HashSet<>(ids(search("q=" + Http.enc("safety ONEAR/5 voluntary")))));
    assertEquals(0, search("q=" + Http.enc("voluntary ONEAR/5 safety")).get("total").asInt());
    assertEquals(0, search("q=" + Http.enc("voluntary NEAR/1 safety")).get("total").asInt());
    String snippet =
        search("q=" + Http.enc("safety ONEAR/5 voluntary"))
            .get("hits")
            .get(0)
            .get("snippet")
            .asText();
    assertTrue(snippet.contains("<mark>"), snippet);
  }

  @Test
  void booleanOperatorsWildcardsAndFields() {
    assertTrue(
        values(search("q=" + Http.enc("voluntary NOT status:draft")), "status")
            .equals(Set.of("adopted")));
    Set<String> either = new HashSet<>(ids(search("q=" + Http.enc("regulate OR condemn"))));
    assertTrue(either.containsAll(Set.of("fx-report/para_4", "fx-plan/para_3")), either.toString());
    assertEquals(
        Set.of("treaty"), values(search("q=" + Http.enc("vulnerability status:treaty")), "status"));
    assertEquals(
        Set.of("fx-plan"),
        values(
            search("q=" + Http.enc("(vulnerability OR voluntary) instrument:fx-plan")),
            "instrument"));
    JsonNode wildcard = search("q=" + Http.enc("vulnerab*"));
    assertTrue(wildcard.get("total").asInt() >= 3, wildcard.toString());
    assertTrue(wildcard.get("hits").get(0).get("snippet").asText().contains("<mark>vulnerab"));
    assertEquals(
        Set.of("Secretariat"),
        Set.of(SERVED.kb().instrumentRecord("fx-report").orElseThrow().body()));
    assertEquals(
        Set.of("report"), values(search("q=" + Http.enc("victims body:Secretariat")), "status"));
  }

  @Test
  void filtersNarrowTheHits() {
    String q = "q=trafficking";
    assertEquals(
        Set.of("fx-plan", "fx-draft"),
        values(search(q + "&instrument=fx-plan&instrument=fx-draft&limit=100"), "instrument"));
    assertEquals(
        Set.of("treaty", "report"),
        values(search(q + "&status=treaty&status=report&limit=100"), "status"));
    assertEquals(Set.of("report"), values(search(q + "&kind=report"), "status"));
    assertEquals(Set.of("fx-report"), values(search(q + "&body=Secretariat"), "instrument"));
    assertEquals(0, search(q + "&language=fr").get("total").asInt());
    assertTrue(search(q + "&language=en").get("total").asInt() > 0);
    assertEquals(Set.of("fx-treaty"), values(search(q + "&year_to=2005"), "instrument"));
    assertEquals(
        Set.of("fx-plan", "fx-draft"),
        values(search(q + "&year_from=2009&limit=100"), "instrument"));
    assertEquals(
        Set.of("fx-report"), values(search(q + "&year_from=2008&year_to=2008"), "instrument"));
  }

  @Test
  void kindBodyAndLanguageRepeatedMatchAnyOfTheirValues() {
    String q = "q=trafficking&limit=100";
    assertEquals(
        Set.of("report", "treaty"),
        values(search(q + "&kind=report&kind=treaty"), "status"),
        "both kinds, not only the first");
    assertEquals(
        Set.of("fx-report", "fx-treaty", "fx-plan", "fx-draft"),
        values(search(q + "&body=Secretariat&body=" + Http.enc("General Assembly")), "instrument"));
    int english = search(q + "&language=en").get("total").asInt();
    assertEquals(english, search(q + "&language=fr&language=en").get("total").asInt());
    assertEquals(
        Set.of("fx-report"),
        values(search(q + "&kind=report&kind=treaty&body=Secretariat"), "instrument"),
        "values of one parameter are alternatives; different parameters all apply");
  }

  /** Over HTTP the field is there only for a search that matched nothing and can be respelled. */
  @Test
  void aSearchMatchingNothingCarriesItsRespellingAndOthersCarryNone() {
    JsonNode none = search("q=vulnerabilty");
    assertEquals(0, none.get("total").asInt());
    assertEquals("vulnerability", none.path("suggestion").asText());
    assertTrue(search("q=" + none.get("suggestion").asText()).get("total").asInt() > 0);
    assertFalse(search("q=vulnerability").has("suggestion"));
    assertFalse(search("q=xqzzy").has("suggestion"));
  }

  @Test
  void anInstrumentKnownOnlyByItsMetadataIsAFilterThatFindsNothing() {
    // The fixture's tip-protocol has no text: a known instrument, not a typo.
    assertEquals(0, search("q=trafficking&instrument=tip-protocol").get("total").asInt());
    assertEquals(
        Set.of("fx-plan"), values(search("q=trafficking&instrument=FX-Plan"), "instrument"));
  }

  @Test
  void sortsByDateAndByAuthority() {
    JsonNode byDate = search("q=victims&sort=date&limit=100");
    List<String> dates = new ArrayList<>();
    byDate.get("hits").forEach(h -> dates.add(h.get("date").asText()));
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    JsonNode byAuthority = search("q=trafficking&sort=authority&limit=100");
    List<String> order = List.of("treaty", "adopted", "draft", "report");
    int last = -1;
    for (JsonNode h : byAuthority.get("hits")) {
      int rank = order.indexOf(h.get("status").asText());
      assertTrue(rank >= last, byAuthority.toString());
      last = rank;
    }
    assertEquals("treaty", byAuthority.get("hits").get(0).get("status").asText());
  }

  @Test
  void limitOffsetAndFacetsCoverAllHits() {
    JsonNode all = search("q=trafficking&limit=100");
    int total = all.get("total").asInt();
    assertEquals(total, all.get("hits").size());
    JsonNode first = search("q=trafficking&limit=1");
    assertEquals(1, first.get("hits").size());
    assertEquals(total, first.get("total").asInt());
    JsonNode second = search("q=trafficking&limit=1&offset=1");
    assertEquals(ids(all).get(1), ids(second).get(0));
    assertEquals(20, search("q=trafficking").get("hits").size());
    for (String facet : List.of("instrument", "status", "kind", "year")) {
      int sum = 0;
      for (JsonNode count : all.get("facets").get(facet)) {
        sum += count.asInt();
      }
      assertEquals(total, sum, facet);
    }
    assertEquals(1, all.get("facets").get("year").get("2000").asInt() > 0 ? 1 : 0);
    assertEquals(0, search("q=trafficking&offset=10000").get("hits").size());
    assertTrue(all.get("totalExact").asBoolean(), "far fewer matches than counting stops at");
    JsonNode exact = search("q=trafficking&limit=100&exact_total=true");
    assertEquals(total, exact.get("total").asInt());
    assertTrue(exact.get("totalExact").asBoolean());
    assertEquals(ids(all), ids(exact), "counting every match changes no hit");
  }

  @Test
  void similarFindsTheSameWordingElsewhereAndNeverItself() {
    Http.Reply r = SERVED.http().get("/api/provisions/fx-plan/para_38/similar?limit=5");
    assertEquals(200, r.status(), r.body());
    List<String> ids = ids(r.json());
    assertFalse(ids.contains("fx-plan/para_38"));
    // the draft's para 32 (seed 000:6189-6190) is the same "shall preferably be voluntary" clause
    assertEquals("fx-draft/para_4", ids.get(0), ids.toString());
    assertTrue(ids.size() <= 5);
    assertEquals(404, SERVED.http().get("/api/provisions/fx-plan/para_999/similar").status());
    assertEquals(
        400, SERVED.http().get("/api/provisions/fx-plan/para_38/similar?limit=0").status());
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("", "q is required"),
        Arguments.of("q=", "q is required"),
        Arguments.of("q=%20%20", "q is required"),
        Arguments.of("q=" + "a".repeat(2000), "too long"),
        Arguments.of("q=" + Http.enc("\"position of vulnerability"), "unbalanced quotes"),
        Arguments.of("q=" + Http.enc("(abuse OR power"), "unbalanced parentheses"),
        Arguments.of("q=" + Http.enc("abuse OR power)"), "unbalanced parentheses"),
        Arguments.of("q=" + Http.enc("status:ratified abuse"), "unknown status"),
        Arguments.of("q=*", "wildcard"),
        Arguments.of("q=" + Http.enc("**"), "wildcard"),
        Arguments.of("q=" + Http.enc("vu*"), "at least 3 letters"),
        Arguments.of("q=" + Http.enc("*ability"), "trailing *"),
        Arguments.of("q=" + Http.enc("abuse NEAR power"), "needs a distance"),
        Arguments.of("q=" + Http.enc("abuse NEAR/500 power"), "at most"),
        Arguments.of("q=" + Http.enc("NOT abuse"), "NOT needs"),
        Arguments.of("q=AND", "needs a word"),
        Arguments.of("q=" + Http.enc("abuse AND"), "needs a word"),
        Arguments.of("q=" + Http.enc("of the"), "stemmed mode ignores"),
        Arguments.of("q=" + Http.enc("the NEAR/3 abuse"), "cannot be used with NEAR"),
        Arguments.of("q=abuse&limit=0", "limit"),
        Arguments.of("q=abuse&limit=101", "limit"),
        Arguments.of("q=abuse&limit=ten", "whole number"),
        Arguments.of("q=abuse&offset=-1", "offset"),
        Arguments.of("q=abuse&mode=fuzzy", "unknown mode"),
        Arguments.of("q=abuse&sort=size", "unknown sort"),
        Arguments.of("q=abuse&status=ratified", "unknown status"),
        Arguments.of("q=abuse&instrument=nonexistent", "unknown instrument 'nonexistent'"),
        Arguments.of(
            "q=abuse&instrument=fx-plan&instrument=fx-plann", "unknown instrument 'fx-plann'"),
        Arguments.of("q=abuse&kind=treatise", "unknown kind 'treatise'"),
        Arguments.of("q=abuse&body=Secretariatt", "unknown body 'Secretariatt'"),
        Arguments.of("q=abuse&language=french", "unknown language 'french'"),
        Arguments.of("q=" + Http.enc("abuse instrument:fx-plann"), "unknown instrument 'fx-plann'"),
        Arguments.of("q=" + Http.enc("abuse OR kind:treatise"), "unknown kind 'treatise'"),
        Arguments.of("q=" + Http.enc("abuse NOT body:nobody"), "unknown body 'nobody'"),
        Arguments.of(
            "q=abuse" + "&instrument=fx-plan".repeat(SearchRequest.MAX_FILTER_VALUES + 1),
            "too many values for instrument"),
        Arguments.of("q=abuse&year_from=2010&year_to=2000", "year_from"),
        Arguments.of("q=abuse&year_from=soon", "whole number"),
        Arguments.of("q=abuse&exact_total=yes", "true or false"),
        Arguments.of("q=abuse&page=2", "unknown parameter"),
        // A value left empty was ignored: status= searched every status.
        Arguments.of("q=abuse&status=", "parameter 'status' has an empty value"),
        Arguments.of("q=abuse&status=treaty&status=", "parameter 'status' has an empty value"),
        Arguments.of("q=abuse&instrument=%20", "parameter 'instrument' has an empty value"),
        Arguments.of("q=abuse&language=", "parameter 'language' has an empty value"),
        Arguments.of("q=abuse&year_from=", "parameter 'year_from' has an empty value"),
        Arguments.of("q=abuse&sort=", "parameter 'sort' has an empty value"),
        Arguments.of("q=abuse&limit=", "parameter 'limit' has an empty value"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("badRequests")
  void badInputIsA400ThatSaysWhatToFix(String params, String message) {
    Http.Reply r = SERVED.http().get("/api/search?" + params);
    assertEquals(400, r.status(), params + " -> " + r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    String error = r.json().get("error").asText();
    assertTrue(error.contains(message), params + " -> " + error);
  }

  /**
   * A percent sign starting no escape: read as no parameters, the search said "q is required" of a
   * q given. Sent over a socket, as Java's HTTP client refuses to send such a URI.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/api/search?q=%ZZ",
        "/api/search?q=abuse%2",
        "/api/search?q=abuse&status=%G0",
        "/api/cite?q=%ZZ",
        "/api/provisions/tip-protocol/art_3/similar?limit=%ZZ"
      })
  void aMalformedEscapeIsA400SayingTheQueryStringIsMalformed(String target) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", SERVED.app().port())) {
      String request =
          "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
      assertTrue(reply.contains("application/json"), reply);
      assertTrue(reply.contains("the query string is malformed"), reply);
    }
  }

  @Test
  void aKnownKindOrLanguageInAnyCaseAndALanguageTheCorpusLacksAreFair() {
    assertEquals(
        search("q=trafficking&kind=report").get("total"),
        search("q=trafficking&kind=Report").get("total"));
    assertTrue(search("q=trafficking&language=EN").get("total").asInt() > 0);
    assertEquals(0, search("q=trafficking&language=de").get("total").asInt(), "none in German");
  }

  @Test
  void aMetadataValueInAnotherCaseIsRefusedWithTheRecordedOne() {
    Http.Reply r = SERVED.http().get("/api/search?q=abuse&body=" + Http.enc("general assembly"));
    assertEquals(400, r.status(), r.body());
    assertTrue(
        r.json().get("detail").asText().startsWith("did you mean 'General Assembly'?"), r.body());
    Http.Reply kinds = SERVED.http().get("/api/search?q=abuse&kind=treatise");
    assertTrue(kinds.json().get("detail").asText().contains("report"), kinds.body());
  }

  @Test
  void markupInTheQueryIsNeverEchoedUnescaped() {
    for (String q :
        List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)> trafficking")) {
      Http.Reply r = SERVED.http().get("/api/search?q=" + Http.enc(q));
      assertEquals(200, r.status(), r.body());
      r.json().get("hits").forEach(h -> assertFalse(h.get("snippet").asText().contains("<img")));
    }
  }
}
