package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.precedent.testing.Instruments;

/** Parents are completed from their children, in document order, with their own words first. */
class OutlineTest {
  static final Instrument TREATY =
      Instruments.of("tip-protocol", "Protocol", "treaty", Status.TREATY)
          .names("Trafficking in Persons Protocol", null, null)
          .build();

  static ParsedProvision unit(String eid, String text, int line) {
    return new ParsedProvision(eid, "x", "", "", text, line, line, Map.of());
  }

  @Test
  void containerAndChapeauParentsGetFullTextAndSpans() {
    List<Provision> out =
        Outline.build(
            TREATY,
            List.of(
                unit("art_3", "For the purposes of this Protocol:", 10),
                unit("art_3__subpara_a", "(a) first;", 11),
                unit("art_3__subpara_b", "(b) second.", 12),
                unit("art_6__para_1", "One.", 20),
                unit("art_6__para_2", "Two.", 21)),
            "texts/tip-protocol.txt",
            "UNTS vol. 2237");
    Map<String, Provision> byEid = out.stream().collect(Collectors.toMap(Provision::eid, p -> p));
    assertEquals(
        "For the purposes of this Protocol: (a) first; (b) second.", byEid.get("art_3").text());
    assertEquals("For the purposes of this Protocol:", byEid.get("art_3").ownText());
    assertEquals("One. Two.", byEid.get("art_6").text());
    assertEquals("", byEid.get("art_6").ownText());
    assertEquals(List.of("art_6__para_1", "art_6__para_2"), byEid.get("art_6").children());
    assertEquals(20, byEid.get("art_6").source().fromLine());
    assertEquals(21, byEid.get("art_6").source().toLine());
    assertEquals(
        "Trafficking in Persons Protocol, art. 3 (a)", byEid.get("art_3__subpara_a").citation());
    assertEquals(
        List.of(
            "art_3",
            "art_3__subpara_a",
            "art_3__subpara_b",
            "art_6",
            "art_6__para_1",
            "art_6__para_2"),
        out.stream().map(Provision::eid).toList());
  }
}
