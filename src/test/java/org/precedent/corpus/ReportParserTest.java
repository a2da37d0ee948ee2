package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report layout on real passages (line numbers of seed 004 and 000 given for reference). */
class ReportParserTest {
  private static final Instrument REPORT =
      new Instrument(
          "test-report",
          "Test report",
          null,
          null,
          null,
          null,
          null,
          "report",
          Status.REPORT,
          "en",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  private static List<ParsedProvision> parse(String... texts) {
    List<Block> blocks = new ArrayList<>();
    int line = 1;
    for (String text : texts) {
      blocks.add(new Block(text, line, line));
      line += 2;
    }
    return new ReportParser().parse(blocks, REPORT);
  }

  private static List<String> eids(List<ParsedProvision> parsed) {
    return parsed.stream().map(ParsedProvision::eid).toList();
  }

  @Test
  void numberedSubHeadingIsASectionNotAParagraph() {
    // 004 lines 32-44: para 5, headings II / A / "1. General recommendations", ..., para 6-8
    List<ParsedProvision> parsed =
        parse(
            "5. A meeting of the Working Group on Trafficking in Persons was held in Vienna.",
            "II. Recommendations adopted by the Working Group",
            "6. The Working Group on Trafficking in Persons adopted the recommendations below.",
            "A. Implementation of the Protocol",
            "1. General recommendations",
            "7. States parties should make better use of tools and materials produced by UNODC.");
    assertEquals(List.of("para_5", "para_6", "para_7"), eids(parsed));
    assertEquals(
        "II. Recommendations adopted by the Working Group / A. Implementation of the Protocol"
            + " / 1. General recommendations",
        parsed.get(2).section());
    assertEquals(
        "States parties should make better use of tools and materials produced by UNODC.",
        parsed.get(2).text());
  }

  @Test
  void numberedListInsideAParagraphStaysInIt() {
    // 004 lines 258-269: the agenda quoted in paragraph 67
    List<ParsedProvision> parsed =
        parse(
            "67. On 27 January, the Working Group adopted the following agenda:",
            "1. Organizational matters: - (a) Opening of the meeting; 2. Other matters."
                + " 8. Adoption of the report.",
            "C. Attendance",
            "68. The following States parties were represented at the meeting.");
    assertEquals(List.of("para_67", "para_68"), eids(parsed));
    assertEquals(
        "On 27 January, the Working Group adopted the following agenda: 1. Organizational"
            + " matters: - (a) Opening of the meeting; 2. Other matters. 8. Adoption of the report.",
        parsed.get(0).text());
    assertEquals(3, parsed.get(0).toLine());
  }

  @Test
  void lettersAndRomanClausesNest() {
    List<ParsedProvision> parsed =
        parse(
            "1. States parties should:",
            "(a) Consider the following measures:",
            "(i) Training;",
            "(ii) Research;",
            "(b) Share information;",
            "(h) Protect victims;",
            "(i) Ensure compensation.");
    assertEquals(
        List.of(
            "para_1",
            "para_1__subpara_a",
            "para_1__subpara_a__clause_i",
            "para_1__subpara_a__clause_ii",
            "para_1__subpara_b",
            "para_1__subpara_h",
            "para_1__subpara_i"),
        eids(parsed));
  }

  @ParameterizedTest(name = "{0} -> heading {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I. Introduction|true|roman chapter heading, 004 line 12",
        "8. Review|true|numbered sub-heading, 004 line 110",
        "1. Organizational matters:|false|ends with a colon: a list item, not a heading",
        "7. Other matters.|false|ends with a full stop",
      })
  void headingsReadAsHeadings(String text, boolean heading, String why) {
    assertEquals(heading, ReportParser.readsAsHeading(text), why);
  }

  @ParameterizedTest(name = "({0}) after ({1}) / clause {2} -> clause {3}")
  @CsvSource(
      value = {
        "i, h, , false, '(i) after (h) is the ninth letter'",
        "i, a, , true, '(i) after (a) opens a clause list'",
        "ii, a, i, true, 'multi-letter roman numerals are clauses'",
        "v, b, iv, true, '(v) continues an open clause list'",
        "v, u, , false, '(v) after (u) is a letter'",
        "c, b, , false, 'not roman'",
      })
  void romanOrLetter(String label, String subpara, String clause, boolean expected, String why) {
    assertEquals(expected, ReportParser.isClause(label, subpara, clause), why);
  }

  @Test
  void textBeforeTheFirstParagraphIsRefused() {
    assertThrows(
        IllegalStateException.class, () -> parse("Distr.: General 17 February 2010", "1. Text."));
  }
}
