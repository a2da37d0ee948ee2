package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.testing.Instruments;

/**
 * Layout {@code proposals} on real passages of the GPA "Table of Inputs on First Draft" (seed
 * 000_4916da8653de9fbc.txt; the corpus file is a verbatim copy of seed lines 1033-5725, so the line
 * numbers below are seed lines). Each case parses a passage as a table of its own; {@code rows}
 * gives the passage's opening row the way the manifest's {@code unlabelledRows} does, since the row
 * numbering before the passage is not in it.
 */
class ProposalTableParserTest {
  static final String ID = "gpa-table-of-inputs-2010";
  static final int FIRST_LINE = 1033;
  static List<String> lines;
  static Instrument table;

  @BeforeAll
  static void load() {
    table = Manifest.read(Path.of("corpus")).instrument(ID).orElseThrow();
    lines = Corpus.readLines(Path.of("corpus").resolve(table.text()));
  }

  record Case(
      int from,
      int to,
      String rows,
      String eid,
      String delegation,
      String commentsOn,
      int fromLine,
      int toLine,
      String text,
      String why) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            1033,
            1058,
            "",
            "pp_1__proposal_colombia",
            "Colombia",
            "PP1",
            1057,
            1058,
            "Reiterating its strong condemnation of ransnational organized crime, including"
                + " trafficking",
            "rows PP.2/PP.3 are lost in the OCR: the entry stays under the PP1 row it follows"),
        new Case(
            1033,
            1058,
            "",
            "pp_1__proposal_africangroup",
            "African Group",
            "PP1",
            1036,
            1055,
            "Reiterating its strong constitutes a serious threat to development, peace and security"
                + " and human rights, and that trafficking in human beings, within and between"
                + " states, is a scourge which states are determined to address PP.2bis Reiterating"
                + " its strong condemnation of the scourge of trafficking in persons, especially of"
                + " women and children, within and between States, as a serious threat to human"
                + " rights and human development PP.2 ter Recognizing that poverty, unemployment and"
                + " the search for improved socio-economic opportunities are contributing factors,"
                + " making persons vulnerable to becoming victims of trafficking,",
            "label inside the PP1 paragraph; 'PP.2bis'/'PP.2 ter' are proposed new paragraphs,"
                + " not draft rows"),
        new Case(
            1107,
            1144,
            "",
            "pp_5__proposal_malaysia",
            "Malaysia",
            "PP5",
            1126,
            1127,
            "(see PP.4 above)",
            "three labels in one OCR paragraph (1125-1128): cut, each bounded to the lines it can"
                + " occupy; an earlier PP number does not reopen a row"),
        new Case(
            1107,
            1144,
            "",
            "pp_5__proposal_japan",
            "Japan",
            "PP5",
            1127,
            1128,
            "Delete \u201caforementioned United Nations\u201d",
            "last label of the same paragraph"),
        new Case(
            1955,
            2000,
            "1955=2",
            "annex__para_2__proposal_holysee",
            "Holy See",
            "annex para 2",
            1978,
            1978,
            "...and human rights and dignity",
            "without the manifest's drops the parser itself skips the Deleted: balloons and 'J'"
                + " after the entry (1980-1989)"),
        new Case(
            1955,
            2000,
            "1955=2",
            "annex__para_2__proposal_malaysia",
            "Malaysia",
            "annex para 2",
            1991,
            1998,
            "Ensuring that the promotion and protection of the human rights of trafficked persons,"
                + " preventing trafficking in persons through addressing its root causes and"
                + " contributing factors, such as poverty, underdevelopment, and marginalisation and"
                + " strengthening the criminal justice response are at the centre of all efforts to"
                + " prevent and combat trafficking in persons",
            "entry after a run of debris blocks keeps its own lines"),
        new Case(
            2002,
            2198,
            "2002=3",
            "annex__para_3__proposal_norway",
            "Norway",
            "annex para 3",
            2162,
            2172,
            "Sl e ] promoting and attaining, as a matter of priority, universal ratification and"
                + " effective implementation of the United Nations Convention... (continues to the"
                + " end unchanged) [NOTE: The purpose of this change is to highlight the centrality"
                + " of the legal framework to combat trafficking, while removing the repetition of"
                + " prevention, protection and prosecution already outlined in the chapeau of the"
                + " plan.]",
            "label's colon lost in OCR ('Norway Sl e ]'): a name then a capital at a paragraph"
                + " start still labels; the OCR junk stays in the text"),
        new Case(
            2547,
            2662,
            "2547=11",
            "annex__para_11__proposal_indonesia2",
            "Indonesia",
            "annex para 11",
            2593,
            2598,
            "Paragraph 11 bis: Stressing that trafficking in persons are global problems in nature"
                + " involving origin, transit and destination countries, which require"
                + " comprehensive international cooperation in combating it.",
            "a delegation's second entry on the same row gets suffix 2"),
        new Case(
            2547,
            2662,
            "2547=11",
            "annex__para_12__proposal_africangroup",
            "African Group",
            "annex para 12",
            2632,
            2640,
            "I. PreventingPrevention of trafficking in persons We resolve to undertake the"
                + " following measures to prevent and combat trafficking in persons: 12."
                + " Mainstreaming To mainstream the issue of trafficking in persons into policies"
                + " ...",
            "heading 'I.' and row '12.' share an OCR paragraph (2623-2624); the African Group's own"
                + " 'I.' and '12.' do not reopen them"),
        new Case(
            3252,
            3318,
            "3252=23",
            "annex__para_23__proposal_ohchr",
            "OHCHR",
            "annex para 23",
            3291,
            3302,
            "... in line with the Office of the High Commissioner for Human Rights Recommended"
                + " Principles and Guidelines on Human Rights. ..",
            "the manifest drops the balloons 3293-3300 between the entry's two parts"),
        new Case(
            3252,
            3318,
            "3252=23",
            "annex__para_23__proposal_unaids",
            "UNAIDS",
            "annex para 23",
            3305,
            3305,
            "Stressing the need to promote and protect",
            "'UNAIDS Stressing' without colon"),
        new Case(
            3664,
            3729,
            "3664=31",
            "annex__para_31__proposal_japan",
            "Japan",
            "annex para 31",
            3696,
            3704,
            "Change whole paragraph to \u201cConsidering the adoption of legislative or other"
                + " appropriate measures that permit victims of trafficking in persons to remain in"
                + " its territory, temporarily or permanently, in appropriate cases\u201d."
                + " (rationale) It should be agreeable to all delegations to quote Article 7"
                + " paragraph 1 of the Trafficking in Persons Protocol.",
            "the rationale paragraph belongs to the entry above it"),
        new Case(
            5179,
            5298,
            "5179=59",
            "annex__para_59__proposal_usa",
            "USA",
            "annex para 59",
            5240,
            5244,
            "Rephrase as follows: \u201cFacilitating mutual legal assistance and extradition to"
                + " ensure the apprehension and prosecution of perpetrators of human"
                + " trafficking.\u201d",
            "row ' 60.' (5245) follows the closing quote without a blank line: the entry ends before it"),
        new Case(
            5179,
            5298,
            "5179=59",
            "annex__para_60__proposal_colombia",
            "Colombia",
            "annex para 60",
            5260,
            5261,
            "redraft: the role of NGOs in prosecution programmes should be explained",
            "entries after that row belong to paragraph 60"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void entryIsAttributedWithItsTextAndLines(Case c) {
    ParsedProvision p = find(parse(c.from(), c.to(), c.rows(), true), c.eid(), c.why());
    assertEquals(c.delegation(), p.attributes().get("delegation"), c.why());
    assertEquals(c.commentsOn(), p.attributes().get("commentsOn"), c.why());
    assertEquals(c.text(), p.text(), c.why());
    assertEquals(c.fromLine(), p.fromLine(), c.why());
    assertEquals(c.toLine(), p.toLine(), c.why());
  }

  @Test
  void rationaleParagraphIsAlsoRecordedAsAttribute() {
    ParsedProvision p =
        find(parse(3664, 3729, "3664=31", true), "annex__para_31__proposal_japan", "rationale");
    assertEquals(
        "It should be agreeable to all delegations to quote Article 7 paragraph 1 of the"
            + " Trafficking in Persons Protocol.",
        p.attributes().get("rationale"));
    ParsedProvision other =
        find(parse(3664, 3729, "3664=31", true), "annex__para_31__proposal_usa", "no rationale");
    assertFalse(other.attributes().containsKey("rationale"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          annex__para_46__proposal_japan | It should be agreeable to all delegations to quote Article 3 (c) of the Trafficking in Persons Protocol. | 4782-4785: a blank line splits the rationale mid-sentence
          pp_14__proposal_japan | Article 16 of the Trafficking in Persons Protocol To be submitted if necessary. To be submitted if necessary. | 1661-1673: three rationales; 'OP2(b).' after the first is a new item, not its continuation
          annex__para_19__proposal_japan | It is unclear what “specific measures” are in this paragraph. We therefore would suggest deleting this whole paragraph. | 3118: a rationale of two sentences
          """)
  void rationaleOfEntriesInTheWholeTable(String eid, String rationale, String why) {
    Provision p =
        Corpus.parse(Path.of("corpus"), table).stream()
            .filter(x -> x.eid().equals(eid))
            .findFirst()
            .orElseThrow();
    assertEquals(rationale, p.attributes().get("rationale"), why);
  }

  @Test
  void proposedParagraphBeyondTheDraftStaysInsideItsEntry() {
    // the African Group's "71. Decides..." (5690): the first draft ends at annex paragraph 70
    List<ParsedProvision> parsed = parse(5659, 5725, "5659=70", true);
    ParsedProvision p = find(parsed, "annex__para_70__proposal_africangroup2", "second entry");
    assertTrue(p.text().startsWith("add new section Implementation of the Global Action Plan"));
    assertTrue(p.text().contains("; and 71. Decides, without prejudice"));
    assertEquals(5725, p.toLine());
    assertTrue(parsed.stream().noneMatch(x -> x.eid().startsWith("annex__para_71")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          _ - - - Deleted: Adopting or implementing | true | 2792: balloon behind table rules
          N \\\\ N ‘[ Deleted: ,               | true  | 1943: single letters and marks before it
          L--- { Formatted: Strikethrough     | true  | 3036: formatting balloon
          - {Deleted: to                      | true  | 1953: no space after the brace
          ~                                   | true  | 1866: lone tilde
          N ~                                 | true  | 1867: a letter and a tilde
          12                                  | true  | 2090: page number
          2.                                  | false | 1955: a draft row label
          2003),                              | false | 1270: end of a date in PP.11
          S1.                                 | false | 4920: row 51's OCR'd label
          Thailand: delete                    | false | 1928: an entry, not a Deleted: balloon
          I. Preventing trafficking in persons | false | 2623: section heading
          """)
  void debrisLines(String line, boolean debris, String why) {
    assertEquals(debris, TableMarks.isDebris(line), why);
  }

  /** Every change-tracking or layout line the parser would recognise is already dropped. */
  @Test
  void manifestDropsEveryDebrisLine() {
    Set<Integer> dropped = new HashSet<>();
    for (List<Integer> range : table.drop()) {
      for (int n = range.get(0); n <= range.get(range.size() - 1); n++) {
        dropped.add(n);
      }
    }
    List<Integer> missed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (TableMarks.isDebris(lines.get(i)) && !dropped.contains(FIRST_LINE + i)) {
        missed.add(FIRST_LINE + i);
      }
    }
    assertEquals(List.of(), missed, "debris lines not in the manifest's drop ranges");
  }

  /** No label is lost and none invented: one entry per label line, per delegation. */
  @Test
  void everyDelegationLabelBecomesOneEntry() {
    Set<Integer> dropped = new HashSet<>();
    table.drop().forEach(r -> dropped.addAll(rangeOf(r)));
    Map<String, Integer> labels = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!dropped.contains(FIRST_LINE + i)) {
        TableMarks.label(lines.get(i).strip(), true)
            .ifPresent(l -> labels.merge(l.delegation(), 1, Integer::sum));
      }
    }
    Map<String, Integer> entries = new TreeMap<>();
    for (Provision p : Corpus.parse(Path.of("corpus"), table)) {
      if (p.unit().equals("proposal")) {
        entries.merge(p.attributes().get("delegation"), 1, Integer::sum);
      }
    }
    assertEquals(labels, entries);
  }

  private static List<Integer> rangeOf(List<Integer> range) {
    List<Integer> out = new ArrayList<>();
    for (int n = range.get(0); n <= range.get(range.size() - 1); n++) {
      out.add(n);
    }
    return out;
  }

  private static List<ParsedProvision> parse(int from, int to, String rows, boolean drops) {
    Instrument passage =
        Instruments.of(ID, table.title(), table.kind(), table.status())
            .text(table.source(), table.text(), table.layout())
            .drop(drops ? table.drop() : List.of())
            .attributes(Map.of("unlabelledRows", rows, "annexParagraphs", "70"))
            .build();
    List<Block> blocks =
        SourceText.blocks(
            lines.subList(from - FIRST_LINE, to - FIRST_LINE + 1), from, passage.drop(), List.of());
    return new ProposalTableParser().parse(blocks, passage);
  }

  private static ParsedProvision find(List<ParsedProvision> parsed, String eid, String why) {
    return parsed.stream()
        .filter(p -> p.eid().equals(eid))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no "
                        + eid
                        + " ("
                        + why
                        + ") in "
                        + parsed.stream().map(p -> p.eid()).toList()));
  }
}
