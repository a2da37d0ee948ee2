package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.testing.Instruments;

/** The report layout on real passages (line numbers of seed 004 and 000 given for reference). */
class ReportParserTest {
  private static final Instrument REPORT =
      Instruments.plain("test-report", "Test report", "report", Status.REPORT);

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
    assertEquals(heading, ReportLabels.readsAsHeading(text), why);
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
    assertEquals(expected, ReportLabels.isClause(label, subpara, clause), why);
  }

  @Test
  void headingAndItemsRunTogetherInOneBlockAreSplit() {
    // 000 lines 7944-7951: "E. Prevention ..." heading, recommendation 7 and its (a), (b)
    List<ParsedProvision> parsed =
        parse(
            "6. With regard to the definition of concepts, the Secretariat should prepare issue"
                + " papers. E. Prevention and awareness raising",
            "7. With regard to prevention and awareness-raising, States parties should: (a)"
                + " Consider the inclusion of trafficking in persons in public education curricula;"
                + " (b) Launch awareness-raising campaigns directed at the general public, at",
            "specific groups.");
    assertEquals(
        List.of("para_6", "para_7", "para_7__subpara_a", "para_7__subpara_b"), eids(parsed));
    assertEquals("E. Prevention and awareness raising", parsed.get(1).section());
    assertEquals(
        "Launch awareness-raising campaigns directed at the general public, at specific groups.",
        parsed.get(3).text());
  }

  @Test
  void ocrCommaOpensOnlyTheExpectedParagraph() {
    // 000 line 7922: "4, With regard to the adoption of adequate national legislation"
    List<ParsedProvision> parsed =
        parse(
            "3. In order to achieve a better understanding of the obstacles.",
            "4, With regard to the adoption of adequate national legislation.",
            "12, 13 and 14 were discussed together.");
    assertEquals(List.of("para_3", "para_4"), eids(parsed));
    assertEquals(
        "With regard to the adoption of adequate national legislation. 12, 13 and 14 were"
            + " discussed together.",
        parsed.get(1).text());
  }

  @ParameterizedTest(name = "{0} after {1} -> level {2}")
  @CsvSource(
      value = {
        "'I. Victim protection and assistance', H, 1, '2009 recs: I follows H, a letter'",
        "'I. Introduction', @, 0, 'roman chapter at the start'",
        "'L. Coordination of efforts', K, 1, 'L follows K'",
        "'IV. Summary of the deliberations', C, 0, 'multi-letter roman'",
        "'Annex II', D, -1, 'annex resets the path'",
      })
  void headingLevels(String text, char lastLetter, int level, String why) {
    assertEquals(level, ReportLabels.headingLevel(text, lastLetter), why);
  }

  @ParameterizedTest(name = "ends a sentence: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "victims of trafficking in persons can understand. 10|true|000 line 9604: OCR note mark",
        "he could not be found.?|true|000 line 9233: note mark read as '?'",
        "including how they moved or were moved|false|000 line 9361: page break mid-sentence",
        "States parties should:|true|a chapeau ends a unit",
      })
  void sentenceEnds(String text, boolean ends, String why) {
    assertEquals(ends, ReportLabels.endsSentence(text), why);
  }

  @ParameterizedTest(name = "unlabelled heading: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Universal adherence|true|000 line 7904: heading whose 'B.' the OCR lost",
        "Case studies: critical areas of concern for victims!|true|000 line 9176",
        "account local contexts. In doing so, they should consider making effective|false|"
            + "lower-case fragment of a split sentence",
        "States parties should.|false|a sentence",
      })
  void unlabelledHeadings(String text, boolean heading, String why) {
    assertEquals(heading, ReportLabels.readsAsUnlabelledHeading(text), why);
  }

  @Test
  void textBeforeTheFirstParagraphIsAnIntroduction() {
    // 000 lines 8713-8720: the Secretary-General's report opens with a summary
    List<ParsedProvision> parsed =
        parse(
            "Summary",
            "Pursuant to General Assembly resolution 63/194, the present report summarizes the work"
                + " done by the United Nations Office on Drugs and Crime to implement that",
            "resolution.",
            "1. In its resolution 63/194, the General Assembly called upon the Secretary-General.");
    assertEquals(List.of("intro_1", "para_1"), eids(parsed));
    assertEquals("Summary", parsed.get(0).section());
    assertEquals(5, parsed.get(0).toLine());
  }

  @Test
  void anAnnexOfUnnumberedProseIsCitedByPosition() {
    // 003 lines 3751-3841: the Vienna Forum report's last paragraph, then two speeches as annexes
    List<ParsedProvision> parsed =
        parse(
            "300. The Chairperson expressed the sentiment of participants in her summary.",
            "Annex I. Summary by the Chairperson*",
            "Colleagues, delegates, ladies and gentlemen, good afternoon.",
            "It has not been an easy three days, ladies and gentlemen, delegates.",
            "The Governments",
            "Many States that have signed or ratified the Trafficking Protocol have adopted new"
                + " legislation and established national mechanisms, and many have put in place",
            "national action plans.",
            "Annex II. Closing remarks by the Executive Director of the United Nations Office on"
                + " Drugs and Crime*",
            "This meeting has been a success, from an organizational, conceptual and political"
                + " point of view.");
    assertEquals(
        List.of(
            "para_300",
            "annex_i__para_1",
            "annex_i__para_2",
            "annex_i__para_3",
            "annex_ii__para_1"),
        eids(parsed));
    assertEquals("Annex I. Summary by the Chairperson* / The Governments", parsed.get(3).section());
    assertEquals(
        "Many States that have signed or ratified the Trafficking Protocol have adopted new"
            + " legislation and established national mechanisms, and many have put in place"
            + " national action plans.",
        parsed.get(3).text());
  }

  @Test
  void aLetterUsedAgainInOneParagraphIsTheNextLetterPrintedWrong() {
    // 003 lines 2975-2979: OCR printed paragraph 128's (h) as "(b)"
    List<ParsedProvision> parsed =
        parse(
            "128. Proposals included the following:",
            "(a) The increasing exchange of expertise and intelligence on suspects;",
            "(b) Transnational criminal groups should not be seen only in the context of criminal"
                + " models;",
            "(c) The collaboration between different criminal groups calls for experts;",
            "(b) The support and assistance of victims/witnesses should be prioritized;",
            "(e) The vulnerabilities of potential victims should be considered.");
    assertEquals(
        List.of(
            "para_128",
            "para_128__subpara_a",
            "para_128__subpara_b",
            "para_128__subpara_c",
            "para_128__subpara_d",
            "para_128__subpara_e"),
        eids(parsed));
    assertEquals(java.util.Map.of("printedLabel", "(b)"), parsed.get(4).attributes());
    assertEquals(java.util.Map.of(), parsed.get(3).attributes());
  }
}
