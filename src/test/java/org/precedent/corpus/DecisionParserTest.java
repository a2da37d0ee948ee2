package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout {@code decision} on real lines of seed 003_7e2460ee5dd09447.txt. */
class DecisionParserTest {
  static final Manifest MANIFEST = Manifest.read(Path.of("corpus"));

  static Block b(int line, String text) {
    return new Block(text, line, line);
  }

  static Map<String, Provision> parse(String id) {
    return Corpus.parse(Path.of("corpus"), MANIFEST.instrument(id).orElseThrow()).stream()
        .collect(Collectors.toMap(Provision::eid, p -> p));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ccpcj-decision-16-1|pp_1|3951|The Commission on Crime Prevention||preamble in one sentence",
        "ccpcj-decision-16-1|op_b|3955|Decides also|(b)|lettered paragraph keeps its letter",
        "ccpcj-decision-16-1|op_d|3959|Requests the Executive Director|(d)|last of (a)-(d)",
        "ccpcj-decision-16-2|op_a|3969|Notes with appreciation the intersessional|(a)|first",
        "ccpcj-decision-16-2|op_c|3973|Endorses the decision|(c)|endorses the annex",
        "ccpcj-decision-16-2|annex|3979|The Commission on Crime Prevention and Criminal Justice,"
            + " at its intersessional||annex chapeau is the annex's own text",
        "ccpcj-decision-16-2|annex__pp_1|3981|Welcoming the United Nations||first annex preamble",
        "ccpcj-decision-16-2|annex__pp_5|3989|Also stressing||last annex preamble",
        "ccpcj-decision-16-2|annex__para_2|3995|Decides that the objectives|2.|after footnote 3993",
        "ccpcj-decision-16-2|annex__para_10|4011|Requests|10.|last annex paragraph"
      })
  void decisionsParseByTheirOwnLabels(
      String id, String eid, int line, String start, String label, String why) {
    Provision p = parse(id).get(eid);
    assertEquals(line, p.source().fromLine(), why);
    assertEquals(true, p.ownText().startsWith(start), why + ": " + p.ownText());
    // The label is printed before the text, not in it: a quotation begins with the words.
    assertEquals(label, p.attributes().get("label"), why);
  }

  @Test
  void headingsBecomeNoProvisionAndTheAnnexTitleIsItsHeading() {
    Map<String, Provision> d = parse("ccpcj-decision-16-2");
    assertEquals(
        List.of("pp_1", "op_a", "op_b", "op_c", "annex"),
        d.values().stream()
            .filter(p -> !p.eid().contains("__"))
            .sorted(java.util.Comparator.comparingInt(p -> p.source().fromLine()))
            .map(Provision::eid)
            .toList());
    assertEquals(
        "United Nations Global Initiative to Fight Human Trafficking", d.get("annex").heading());
  }

  @Test
  void lettersAfterANumberedParagraphEndingInAColonAreItsSubparagraphs() {
    List<Block> blocks =
        List.of(
            b(3321, "200. The following proposals were made:"),
            b(
                3323,
                "(a) There is a need for clear legislation and stronger regulation and enforcement,"
                    + " for example through strong labour inspection systems;"));
    Instrument decision = MANIFEST.instrument("ccpcj-decision-16-1").orElseThrow();
    assertEquals(
        List.of("op_200", "op_200__subpara_a"),
        new DecisionParser().parse(blocks, decision).stream().map(ParsedProvision::eid).toList());
  }

  @Test
  void unlabelledTextAmongOperativeParagraphsFailsLoudly() {
    List<Block> blocks =
        List.of(
            b(
                3953,
                "(a) Decides that the Global Initiative to Fight Human Trafficking should be"
                    + " guided by Member States;"),
            b(3961, "United Nations, Treaty Series, vols. 2225 and 2237, No. 39574."));
    Instrument decision = MANIFEST.instrument("ccpcj-decision-16-1").orElseThrow();
    assertThrows(IllegalStateException.class, () -> new DecisionParser().parse(blocks, decision));
  }
}
