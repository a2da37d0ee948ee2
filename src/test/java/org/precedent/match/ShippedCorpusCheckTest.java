package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;

/**
 * Drafts made from treaty provisions, each changed as a draft might change it, checked against the
 * shipped corpus: the verdict, the precedent listed first, and the legal-weight changes it names.
 */
class ShippedCorpusCheckTest {
  static final Path CORPUS = Path.of("corpus");

  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("manifest")), "no corpus/ here");
    kb = org.precedent.testing.FixtureIndex.open(CORPUS, indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  /**
   * Columns: draft | verdict | first precedent | the weight changes of that precedent, joined by ";
   * " (empty: none) | why.
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The consent of a victim of trafficking in persons to the intended exploitation set forth in"
            + " subparagraph (a) of this article shall be relevant where any of the means set forth"
            + " in subparagraph (a) have been used; | modified | tip-protocol/art_3__subpara_b"
            + " | reverses: 'irrelevant' → 'relevant' | art. 3 (b) (tip-protocol.txt:49)"
            + " with consent made relevant is no cosmetic variant",
        "The consent of a victim of trafficking in persons to the intended exploitation set forth in"
            + " subparagraph (a) of this article shall be irrelevant where any of the means set"
            + " forth in subparagraph (a) have been used; | agreed | tip-protocol/art_3__subpara_b"
            + " | | art. 3 (b) verbatim, the control",
        "Each State Party shall consider implementing measures to provide for the phy-¶sical,"
            + " psychological and social recovery of victims of traffick-¶ing in persons,"
            + " including, in appropriate cases, in cooperation with non-govern-¶mental"
            + " organizations, other relevant organizations and other elements of civil¶society,"
            + " and, in particular, the provision of: | agreed | tip-protocol/art_6__para_3 | |"
            + " art. 6 (3) (tip-protocol.txt:89) as OCR hyphenated it at line ends",
        "The training should also take into account the need to consider human rights and child-"
            + " and gender-¶sensitive issues and it should encourage cooperation with"
            + " non-governmental organizations, other relevant organizations and other elements of"
            + " civil society. | agreed | tip-protocol/art_10__para_2 | | art. 10 (2)"
            + " (tip-protocol.txt:161): a compound broken at its own hyphen stays two words",
        "“Child” shall mean any person under eighteen years of age. | agreed"
            + " | tip-protocol/art_3__subpara_d | | art. 3 (d) (tip-protocol.txt:53), which"
            + " CETS 197 art. 4 (d) copies (coe-cets-197.txt:85): the Protocol, earlier, first",
        "Exploitation shall include, at a minimum, the exploitation of the prostitution of others"
            + " or other forms of sexual exploitation, forced labour or services, slavery or"
            + " practices similar to slavery, servitude or the removal of organs. | agreed"
            + " | tip-protocol/art_3__subpara_a | | art. 3 (a)'s second sentence"
            + " (tip-protocol.txt:47), also CETS 197 art. 4 (a)",
        "Nothing in this Protocol shall affect the rights, obligations and responsibilities of"
            + " States and individuals under international law, including international"
            + " humanitarian law and international human rights law. | modified"
            + " | tip-protocol/art_14__para_1 | drops: 'and, in particular, where applicable, the"
            + " 1951 Convention and the 1967 Protocol relating to the Status of Refugees and the"
            + " principle of non-refoulement as contained therein' | art. 14 (1)"
            + " (tip-protocol.txt:203) cut before the Refugee Convention and non-refoulement",
        "States Parties shall strengthen, to the extent possible, such border controls as may be"
            + " necessary to prevent and detect trafficking in persons. | modified"
            + " | tip-protocol/art_11__para_1 | drops: 'Without prejudice to international"
            + " commitments in relation to the free movement of people' | art. 11 (1)"
            + " (tip-protocol.txt:169) without its opening saving clause",
        "Each State Party shall ensure that its domestic legal system contains measures that"
            + " offer victims of trafficking in persons the possibility of obtaining compensation."
            + " | modified | tip-protocol/art_6__para_6 | drops: 'for damage suffered' | art."
            + " 6 (6) (tip-protocol.txt:103) without what compensation is for",
        "The interpretation and application of those measures shall be consistent with"
            + " internationally recognized principles of non-discrimination. | agreed"
            + " | tip-protocol/art_14__para_2 | | art. 14 (2)'s second sentence"
            + " (tip-protocol.txt:205) whole: nothing of its sentence left out",
        "Recalling the Protocol, States Parties shall endeavour to undertake measures such as"
            + " research, information and mass media campaigns and social and economic initiatives"
            + " to prevent and combat trafficking in persons, and shall establish a global fund for"
            + " survivors administered by the Secretary-General. | modified"
            + " | tip-protocol/art_9__para_2 | strengthens: adds 'shall' | art. 9 (2)"
            + " (tip-protocol.txt:141) whole with an obligation added; a report shares less of it,"
            + " so its wording is not found only outside agreed texts",
      })
  void draftFromTheQaReport(
      String draft, String verdict, String first, String changes, String why) {
    List<SegmentCheck> segments = kb.check(CheckRequest.of(draft.replace("¶", "\n"))).segments();
    assertEquals(1, segments.size(), why + " :: " + segments);
    SegmentCheck s = segments.get(0);
    Precedent p = s.precedents().get(0);
    assertEquals(verdict, s.verdict().label(), why + " :: " + s.precedents());
    assertEquals(first, p.id(), why + " :: " + s.precedents());
    List<String> effects = p.weightChanges().stream().map(WeightChange::effect).toList();
    assertEquals(
        changes == null ? List.of() : List.of(changes.split("; ")), effects, why + " :: " + p);
  }

  /**
   * A draft repeating what a lower-authority text quotes of a treaty: the treaty provision quoted
   * is listed first and settles the verdict, the quotation after it. Columns: draft | verdict |
   * first precedent | second | why.
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The recruitment, transportation, transfer, harbouring or receipt of a child for the"
            + " purpose of exploitation shall be considered “trafficking in persons” even if this"
            + " does not involve any of the means set forth above. | modified"
            + " | tip-protocol/art_3__subpara_c | ohchr-principles/footnote_6 | footnote 6"
            + " misquotes art. 3 (c) (tip-protocol.txt:51) as 'set forth above'; word for word"
            + " the footnote's, the draft was agreed",
        "The Protocol defines trafficking in persons as the recruitment, transportation,"
            + " transfer, harbouring or receipt of persons, by means of the threat or use of force"
            + " or other forms of coercion, of abduction, of fraud, of deception, of the abuse of"
            + " power or of a position of vulnerability or of the giving or receiving of payments"
            + " or benefits to achieve the consent of a person having control over another person"
            + " for the purpose of exploitation. | modified | tip-protocol/art_3__subpara_a"
            + " | ohchr-principles/footnote_6 | the Protocol's definition as footnote 6 quotes"
            + " it; no Protocol article was listed, and CETS 197's copy is nearer in length but"
            + " says 'human beings'",
      })
  void aQuotationComesAfterTheTreatyItQuotes(
      String draft, String verdict, String first, String second, String why) {
    SegmentCheck s = kb.check(CheckRequest.of(draft)).segments().get(0);
    List<String> ids = s.precedents().stream().map(Precedent::id).toList();
    assertEquals(verdict, s.verdict().label(), why + " :: " + ids);
    assertEquals(List.of(first, second), ids.subList(0, 2), why);
  }
}
