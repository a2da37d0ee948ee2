package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precedent.testing.Instruments;

/**
 * Layout {@code resolution} on real passages of the Global Plan of Action drafts (seed files 000
 * and 001; the number before each passage is its seed line). Each case feeds the parser the
 * paragraphs {@link SourceText} would produce and checks the eids, lines and own texts it reads (a
 * parent's own text is its chapeau; a pure container has none).
 */
class ResolutionParserTest {
  private static final Block GA = new Block("The General Assembly,", 414, 414);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "PP labels with a dot after PP ('PP.2') give the printed number",
            List.of(
                GA,
                new Block(
                    "PP.2 Reiterating its strong condemnation of trafficking in persons, as it"
                        + " constitutes a serious threat to development, peace and security and"
                        + " human rights,",
                    420,
                    421)),
            Map.of(),
            List.of(
                "pp_2 420-421 Reiterating its strong condemnation of trafficking in persons, as it"
                    + " constitutes a serious threat to development, peace and security and human"
                    + " rights,")),
        Arguments.of(
            "two unlabelled preambular paragraphs run into one line are cut at ', Recognizing'",
            List.of(
                GA,
                new Block(
                    "Reaffirming General Assembly Resolution 55/25 of 2000, and the Convention on"
                        + " the Elimination of All Forms of Discrimination against Women,"
                        + " Recognizing the crucial importance of the Trafficking Protocol,",
                    64,
                    64)),
            Map.of(),
            List.of(
                "pp_1 64-64 Reaffirming General Assembly Resolution 55/25 of 2000, and the"
                    + " Convention on the Elimination of All Forms of Discrimination against Women,",
                "pp_2 64-64 Recognizing the crucial importance of the Trafficking Protocol,")),
        Arguments.of(
            "lower-case blocks under a labelled preambular paragraph are its indents",
            List.of(
                GA,
                new Block(
                    "PP.14 Recognizing the need to develop a global plan of action against"
                        + " trafficking in persons that will",
                    512,
                    513),
                new Block(
                    "reinforce the implementation of existing instruments against trafficking in"
                        + " persons,",
                    519,
                    520)),
            Map.of(),
            List.of(
                "pp_14 512-520 Recognizing the need to develop a global plan of action against"
                    + " trafficking in persons that will",
                "pp_14__indent_1 519-520 reinforce the implementation of existing instruments"
                    + " against trafficking in persons,")),
        Arguments.of(
            "operative labels 'OP6.' and '7:' (A/64/L.64 lines 99 and 101)",
            List.of(
                GA,
                new Block("Guided by the purposes and principles of the Charter,", 54, 54),
                new Block("OP6. Decides to appraise in three years time the progress", 99, 99),
                new Block("7: Request the Secretary General to present proposals", 101, 101)),
            Map.of(),
            List.of(
                "pp_1 54-54 Guided by the purposes and principles of the Charter,",
                "op_6 99-99 Decides to appraise in three years time the progress",
                "op_7 101-101 Request the Secretary General to present proposals")),
        Arguments.of(
            "damaged item letters '(@)' and '(©0' take the next letter of the list",
            List.of(
                GA,
                new Block(
                    "2. Decides, without prejudice to the continuation of the discussion to"
                        + " undertake the following steps for the effective follow-up of the Plan"
                        + " of Action:",
                    542,
                    544),
                new Block(
                    "(@) To launch the Plan of Action during the sixty-fourth session;", 546, 546),
                new Block("(b) To encourage Member States to support the implementation", 548, 551),
                new Block("(©0 To further encourage civil society", 553, 555)),
            Map.of(),
            List.of(
                "op_2 542-555 Decides, without prejudice to the continuation of the discussion to"
                    + " undertake the following steps for the effective follow-up of the Plan of"
                    + " Action:",
                "op_2__subpara_a 546-546 To launch the Plan of Action during the sixty-fourth"
                    + " session;",
                "op_2__subpara_b 548-551 To encourage Member States to support the implementation",
                "op_2__subpara_c 553-555 To further encourage civil society")),
        Arguments.of(
            "annex heading, chapeau, '1bis.' and '10.Reaffirm' (19 July draft)",
            List.of(
                GA,
                new Block("1. Adopts the present resolution and its annex", 5980, 5981),
                new Block(
                    "ANNEX: Global Plan of Action to Combat Trafficking in Persons", 6009, 6009),
                new Block(
                    "resolve to translate our political will into an action plan to:", 6011, 6014),
                new Block("1bis. Recognize that “trafficking in persons” shall mean", 6020, 6029),
                new Block("10.Reaffirm the important work of the Office", 6097, 6099)),
            Map.of(),
            List.of(
                "op_1 5980-5981 Adopts the present resolution and its annex",
                "annex 6009-6099",
                "annex__intro 6011-6014 resolve to translate our political will into an action"
                    + " plan to:",
                "annex__para_1bis 6020-6029 Recognize that “trafficking in persons” shall mean",
                "annex__para_10 6097-6099 Reaffirm the important work of the Office")),
        Arguments.of(
            "detached labels are skipped and unlabelled annex paragraphs numbered in order"
                + " (first draft, from the manifest's annexFrom line)",
            List.of(
                GA,
                new Block("1. Adopts the present resolution and its annex", 539, 540),
                new Block("We, the States Members, decide to act by:", 562, 566),
                new Block("L.", 568, 568),
                new Block("Consistently condemning trafficking in persons;", 572, 573),
                new Block("Ensuring the promotion of human rights.", 575, 577),
                new Block("L Preventing trafficking in persons", 642, 642),
                new Block("37, Providing victims the possibility of compensation;", 794, 795)),
            Map.of(ResolutionParser.ANNEX_FROM, "562"),
            List.of(
                "op_1 539-540 Adopts the present resolution and its annex",
                "annex 562-795",
                "annex__intro 562-566 We, the States Members, decide to act by:",
                "annex__para_1 572-573 Consistently condemning trafficking in persons;",
                "annex__para_2 575-577 Ensuring the promotion of human rights.",
                "annex__para_37 794-795 Providing victims the possibility of compensation;")),
        Arguments.of(
            "a list on consecutive lines of one paragraph is cut one unit per line",
            List.of(
                GA,
                new Block("1. Adopts", 1, 1),
                new Block("ANNEX", 2, 2),
                new Block(
                    "Adopting legislative and other measures necessary to establish as criminal"
                        + " offences:",
                    852,
                    853),
                new Block(
                    "a. Attempting to commit an offence, as prescribed in the Protocol b."
                        + " Participating as an accomplice in an offence, as prescribed in the"
                        + " Protocol",
                    855,
                    856),
                new Block(
                    "¢. Organizing or directing other persons to commit an offence", 858, 859),
                new Block(
                    "43. [Merged with paragraph 42] 44. [Merged with paragraph 42]", 6262, 6263)),
            Map.of("eid@852", "annex__para_42"),
            List.of(
                "op_1 1-1 Adopts",
                "annex 2-6263",
                "annex__para_42 852-859 Adopting legislative and other measures necessary to"
                    + " establish as criminal offences:",
                "annex__para_42__subpara_a 855-855 Attempting to commit an offence, as prescribed"
                    + " in the Protocol",
                "annex__para_42__subpara_b 856-856 Participating as an accomplice in an offence,"
                    + " as prescribed in the Protocol",
                "annex__para_42__subpara_c 858-859 Organizing or directing other persons to commit"
                    + " an offence",
                "annex__para_43 6262-6262 [Merged with paragraph 42]",
                "annex__para_44 6263-6263 [Merged with paragraph 42]")),
        Arguments.of(
            "a heading, a paragraph and its first item on three lines of one OCR paragraph; a"
                + " paragraph whose predecessor OCR lost (17 then 19) is still cut",
            List.of(
                GA,
                new Block("1. Adopts", 1, 1),
                new Block("ANNEX", 2, 2),
                new Block(
                    "II1. Prosecuting crimes of trafficking in persons 42. Implement all relevant"
                        + " legal instruments, including by: a. Prosecuting crimes of trafficking",
                    6244,
                    6246),
                new Block(
                    "17. Promote awareness-raising campaigns as well as colle 19. Adopt specific"
                        + " measures;",
                    6131,
                    6136)),
            Map.of(),
            List.of(
                "op_1 1-1 Adopts",
                "annex 2-6246",
                "annex__para_42 6245-6246 Implement all relevant legal instruments, including by:",
                "annex__para_42__subpara_a 6246-6246 Prosecuting crimes of trafficking",
                "annex__para_17 6131-6136 Promote awareness-raising campaigns as well as colle",
                "annex__para_19 6131-6136 Adopt specific measures;")),
        Arguments.of(
            "OCR's 'e' bullets after a colon are indents (19 July draft, PP15)",
            List.of(
                GA,
                new Block(
                    "PP15 Recognizing the need to develop a global plan of action that will: e"
                        + " promote universal ratification of UNTOC,",
                    5956,
                    5957),
                new Block("e raise awareness within the UN system,", 5971, 5973)),
            Map.of(),
            List.of(
                "pp_15 5956-5973 Recognizing the need to develop a global plan of action that"
                    + " will:",
                "pp_15__indent_1 5957-5957 promote universal ratification of UNTOC,",
                "pp_15__indent_2 5971-5973 raise awareness within the UN system,")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheLabelsAsPrinted(
      String why, List<Block> blocks, Map<String, String> attributes, List<String> expected) {
    assertEquals(expected, render(blocks, attributes), why);
  }

  @Test
  void sectionHeadingsBecomeTheSectionOfTheParagraphsAfterThem() {
    List<Provision> out =
        parse(
            List.of(
                GA,
                new Block("1. Adopts", 89, 89),
                new Block("ANNEX: Global Plan of Action", 105, 105),
                new Block("11. Strongly urge all responsible UN entities;", 131, 131),
                new Block("i) I. Preventing trafficking in persons", 133, 133),
                new Block("12. Address the social, economic, cultural factors;", 135, 135)),
            Map.of());
    Map<String, String> sections = new java.util.LinkedHashMap<>();
    out.forEach(p -> sections.put(p.eid(), p.section()));
    assertEquals("", sections.get("annex__para_11"));
    assertEquals("I. Preventing trafficking in persons", sections.get("annex__para_12"));
    assertEquals("Global Plan of Action", out.get(1).heading());
  }

  /**
   * Provenance check on the shipped corpus: every unit of a resolution-layout instrument begins on
   * its first source line and, when it has no children, ends on its last.
   */
  @Test
  void everyUnitStartsOnItsFirstLineAndEndsOnItsLast() throws java.io.IOException {
    java.nio.file.Path seeds = java.nio.file.Path.of("..", "shared", "seeds");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(seeds));
    Corpus corpus = Corpus.load(java.nio.file.Path.of("corpus"));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Instrument i : corpus.instruments()) {
      if (!"resolution".equals(i.layout())) {
        continue;
      }
      List<String> seed =
          java.nio.file.Files.readAllLines(
              seeds.resolve(i.source().file()), java.nio.charset.StandardCharsets.UTF_8);
      for (Provision p : corpus.provisions(i.id())) {
        String[] words = p.ownText().split(" ");
        if (p.ownText().isEmpty()) {
          continue;
        }
        checked++;
        if (!seed.get(p.source().fromLine() - 1).contains(core(words[0]))) {
          wrong.add(p.id() + " does not start on line " + p.source().fromLine());
        }
        String last = core(words[words.length - 1]);
        if (p.children().isEmpty() && !seed.get(p.source().toLine() - 1).contains(last)) {
          wrong.add(p.id() + " does not end on line " + p.source().toLine());
        }
      }
    }
    assertEquals(List.of(), wrong);
    org.junit.jupiter.api.Assertions.assertTrue(
        checked > 250, "only " + checked + " units checked");
  }

  /** A word without the punctuation that cleaning or joining may have put around it. */
  private static String core(String word) {
    String w = word.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    int hyphen = w.lastIndexOf('-');
    return hyphen > 0 ? w.substring(hyphen + 1) : w;
  }

  private static List<String> render(List<Block> blocks, Map<String, String> attributes) {
    List<String> out = new ArrayList<>();
    for (Provision p : parse(blocks, attributes)) {
      String line = p.eid() + " " + p.source().fromLine() + "-" + p.source().toLine();
      out.add(p.ownText().isEmpty() ? line : line + " " + p.ownText());
    }
    return out;
  }

  private static List<Provision> parse(List<Block> blocks, Map<String, String> attributes) {
    Instrument draft =
        Instruments.of("test-draft", "Test draft", "resolution", Status.DRAFT)
            .adopted("General Assembly", "2010")
            .text(
                new Instrument.SourceSpec("seed", "000.txt", 1, 10000, null),
                "texts/test.txt",
                "resolution")
            .attributes(attributes)
            .build();
    List<ParsedProvision> parsed = new ResolutionParser().parse(blocks, draft);
    return Outline.build(draft, parsed, "000.txt", null);
  }
}
