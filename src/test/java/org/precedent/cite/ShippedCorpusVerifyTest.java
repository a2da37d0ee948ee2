package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.KnowledgeBase;
import org.precedent.testing.FixtureIndex;

/**
 * Quotations checked against the shipped corpus where the citation is wrong: the verdict, and the
 * provision {@code found_in} names first, where the words are held alike in several.
 */
class ShippedCorpusVerifyTest {
  static final Path CORPUS = Path.of("corpus");

  @TempDir static Path indexRoot;
  static KnowledgeBase kb;

  @BeforeAll
  static void open() {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("manifest")), "no corpus/ here");
    kb = FixtureIndex.open(CORPUS, indexRoot);
  }

  @AfterAll
  static void close() throws IOException {
    if (kb != null) {
      kb.close();
    }
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the recruitment, transportation, transfer, harbouring or receipt of persons|article 4 (a)"
            + " of the Protocol|citation_unresolved|tip-protocol/art_3__subpara_a|a wrong article"
            + " number: the named Protocol's art. 3 (a) before the Principles' footnote quoting it",
        "Trafficked persons shall not be detained, charged or prosecuted|resolution 64/293, annex,"
            + " para. 31|citation_unresolved|ohchr-principles/principle_7|a resolution whose text"
            + " the corpus lacks: the words are Principle 7's",
        "the recruitment, transportation, transfer, harbouring or receipt of persons|Principle"
            + " 7|not_in_cited|ohchr-principles/footnote_|the wrong provision: of those holding the"
            + " words alike, the cited instrument's own first (its footnotes quoting art. 3 (a))",
        "the recruitment, transportation, transfer, harbouring or receipt of persons|resolution"
            + " 64/293, annex, para. 2|citation_unresolved|tip-protocol/art_3__subpara_a|an"
            + " instrument without text: of those holding the words alike, the treaty first",
      })
  void aWrongCitationSaysWhereTheWordsAre(
      String quote, String citation, String verdict, String first, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    assertFalse(v.foundIn().isEmpty(), why + " :: " + v);
    // An id, or an id's opening where several of one instrument hold the words alike.
    String found = v.foundIn().get(0).id();
    assertTrue(
        found.equals(first) || first.endsWith("_") && found.startsWith(first),
        why + " :: " + v.foundIn());
  }

  /**
   * The seeds' misquotations of treaty articles that drafts repeat (corpus/records/treaties.md,
   * "Disagreements between the seeds and the treaties"): the treaty is misquoted, the draft is only
   * where the same wording is found. A quote of another article of the same rank still points
   * there.
   */
  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "to improve the capacity of States Parties to promote and review the implementation of the"
            + " Convention|article 32, paragraph 1, of the Organized Crime Convention|differs"
            + "|untoc/art_32__para_1|gpa-first-draft-2010-04/annex__para_4|seed 000 l.592: the"
            + " first draft drops 'to combat transnational organized crime and'",
        "the Conference of Parties to the Convention is established to improve the capacity of"
            + " States Parties to promote and review the implementation of the Convention|Article 32"
            + " of UNTOC|differs|untoc/art_32|a-64-l-64/annex__para_5|seed 000 l.6050, seed 001"
            + " l.117: the shortened restatement, the whole article cited",
        "the need to respect human rights and child-and gender-sensitive issues|article 10 (2) of"
            + " the Trafficking in Persons Protocol|differs|tip-protocol/art_10__para_2"
            + "|gpa-first-draft-2010-04/annex__para_20|seed 000 l.701: 'respect' for 'consider'",
        "it shall not be possible to enforce any order to expel the suspected victim from the"
            + " State's territory|article 13 (1) of the Council of Europe Convention|differs"
            + "|coe-cets-197/art_13__para_1|gpa-first-draft-2010-04/annex__para_41|seed 000 l.819:"
            + " the draft rewords the treaty, the weakest match measured",
        "States Parties shall take or strengthen measures, including through bilateral or"
            + " multilateral cooperation, to alleviate the factors that make persons, especially"
            + " women and children, vulnerable to trafficking|article 9 (5) of the Trafficking in"
            + " Persons Protocol|not_in_cited|tip-protocol/art_9__para_5|tip-protocol/art_9__para_4"
            + "|corpus tip-protocol.txt l.145: art. 9 (4) cited as 9 (5), a place of equal rank",
      })
  void aMisquoteADraftRepeatsIsTheTreatysMisquote(
      String quote, String citation, String verdict, String cited, String found, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    assertEquals(cited, v.provision().id(), why);
    assertEquals(found, v.foundIn().get(0).id(), why + " :: " + v.foundIn());
    if (verdict.equals(Verification.DIFFERS)) {
      assertTrue(
          v.message().startsWith("differs from " + v.provision().citation() + "; worded as "),
          v.message());
      assertTrue(v.diff().stream().anyMatch(d -> d.op().equals("delete")), why + " :: " + v);
    }
    if (verdict.equals(Verification.NOT_IN_CITED)) {
      // The message names the place as a reader cites it; the id stays in found_in.
      assertTrue(v.message().endsWith(" but are in " + v.foundIn().get(0).citation()), v.message());
      assertFalse(v.message().contains(found), v.message());
    }
  }

  /**
   * A quote that is not the cited provision's text and is found nowhere else is not a near-miss
   * misquote; real misquotes found nowhere else still differ. The unrelated quotes are other
   * treaties' words, cited to a Protocol article.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "States Parties shall take all appropriate measures, including legislation, to suppress all"
            + " forms of traffic in women and exploitation of prostitution of women|article 6 of the"
            + " Trafficking in Persons Protocol|not_in_cited|CEDAW art. 6 cited as Protocol art. 6"
            + " (0.39)",
        "States Parties shall take all appropriate national, bilateral and multilateral measures to"
            + " prevent the abduction of, the sale of or traffic in children for any purpose or in"
            + " any form|article 9 of the Trafficking in Persons Protocol|not_in_cited|CRC art. 35"
            + " cited as Protocol art. 9, the closest unrelated text measured (0.47)",
        "States Parties shall criminalize the knowing use of services of victims of trafficking"
            + "|article 9 (5) of the Trafficking in Persons Protocol|not_in_cited|an invented"
            + " obligation (0.23)",
        "Les victimes de la traite ne doivent pas être détenues, inculpées ou poursuivies|Principe 7"
            + " des Principes et directives concernant les droits de l'homme et la traite des êtres"
            + " humains|differs|French, and said to be: the text held is English, and only the"
            + " French text can settle it",
        "During this period it shall not be possible to enforce any expulsion order against the"
            + " victim|article 13 (1) of the Council of Europe Convention|differs|corpus"
            + " coe-cets-197.txt: 'him or her' for 'the victim' and a clause dropped (0.73)",
        "States Parties shall adopt or strengthen legislative or other measures to discourage the"
            + " demand that fosters all forms of exploitation of persons, especially women, that"
            + " leads to trafficking|article 9 (5) of the Trafficking in Persons Protocol|differs"
            + "|corpus tip-protocol.txt art. 9 (5) with 'and children' and 'such as educational,"
            + " social or cultural measures' dropped (0.79)",
      })
  void aQuoteFoundNowhereIsNotInTheCitedProvision(
      String quote, String citation, String verdict, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    if (verdict.equals(Verification.NOT_IN_CITED)) {
      assertTrue(v.foundIn().isEmpty(), why + " :: " + v.foundIn());
      assertTrue(v.message().endsWith("were not found elsewhere in the corpus"), v.message());
    }
  }

  /**
   * An instrument the corpus knows by its metadata only: the citation is valid and the text is
   * missing, which the message says (corpus/README), not that the citation names nothing.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "States Parties shall take all appropriate national, bilateral and multilateral measures"
            + "|CRC, art. 35|Convention on the Rights of the Child",
        "States Parties shall take all appropriate measures|article 6 of CEDAW|CEDAW",
        "the procurement, in order to obtain, directly or indirectly, a financial or other material"
            + " benefit|article 3 (a) of the Smuggling of Migrants Protocol|Smuggling",
      })
  void aProvisionWithoutTextInTheCorpusIsSaidToBeSo(String quote, String citation, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(Verification.UNRESOLVED, v.verdict(), why + " :: " + v);
    assertTrue(v.message().contains("text not in corpus (the citation is valid)"), v.message());
    assertFalse(v.message().contains("names no provision text"), v.message());
  }

  /**
   * One compound written with a hyphen, a space, closed up or split at a line end is the same
   * words: a variant ("hyphenation"), as OCR'd seeds print them. A word changed beside one still
   * differs.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the recruitment, transportation, transfer, harbour-⏎ing or receipt of persons|article 3"
            + " (a) of the Trafficking in Persons Protocol|variant|a word split at a line end",
        "the recruitment, transportation, transfer, harbour- ing or receipt of persons|article 3"
            + " (a) of the Trafficking in Persons Protocol|variant|the same, the line break lost",
        "the recruitment, trans\u00ac⏎portation, transfer, harbouring or receipt of persons"
            + "|article 3 (a) of the Trafficking in Persons Protocol|variant|OCR's '¬' at a line end",
        "the need to consider human rights and child-and gender-sensitive issues|article 10 (2) of"
            + " the Trafficking in Persons Protocol|variant|seed 000 l.702 prints 'child-and'",
        "the need to consider human rights and child- and gender sensitive issues|article 10 (2) of"
            + " the Trafficking in Persons Protocol|variant|'gender sensitive' for 'gender-sensitive'",
        "include cooperation with nongovernmental organizations|article 9 (3) of the Trafficking in"
            + " Persons Protocol|variant|closed up",
        "include co-operation with non-governmental organisations|article 9 (3) of the Trafficking"
            + " in Persons Protocol|variant|hyphenated where the Protocol closes it up",
        "Anti trafficking measures shall not adversely affect the human rights and dignity of"
            + " persons|Principle 3 of the Recommended Principles and Guidelines|variant|a space"
            + " for the hyphen",
        "the need to respect human rights and child-and gender-sensitive issues|article 10 (2) of"
            + " the Trafficking in Persons Protocol|differs|seed 000 l.701-702: 'respect' for"
            + " 'consider' is still a difference",
        "include cooperation with governmental organizations|article 9 (3) of the Trafficking in"
            + " Persons Protocol|differs|'non' dropped: the letters differ",
      })
  void aCompoundWrittenAnotherWayIsAVariant(
      String quote, String citation, String verdict, String why) {
    Verification v = kb.verify(quote.replace("⏎", "\n"), citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    if (verdict.equals(Verification.VARIANT)) {
      assertTrue(v.normalizations().contains("hyphenation"), why + " :: " + v);
    }
  }

  /** Seed 000 l.3155-3162 (first draft, para. 20) as printed: "non-" ends a line (⏎ marks them). */
  @Test
  void aSeedParagraphWithALineEndHyphenIsFoundWordForWord() {
    String printed =
        "Strengthening the capacity of law enforcement,\nimmigration and other relevant officials"
            + " in the\nprevention of trafficking in persons, taking into\naccount the need to"
            + " respect human rights and\nchild-and gender-sensitive issues and\nencouraging"
            + " cooperation with non-\ngovernmental organizations, other relevant\norganizations"
            + " and other elements of civil\nsociety;";
    Verification v = kb.verify(printed, "A/64/L.64, annex, para. 23");
    assertFalse(v.foundIn().isEmpty(), v.toString());
    assertEquals("gpa-first-draft-2010-04/annex__para_20", v.foundIn().get(0).id());
    assertEquals(1.0, v.foundIn().get(0).similarity(), v.toString());
  }

  /**
   * A quote copied with the labels of an article's paragraphs or a print's footnote marks is the
   * provision's words: exact, the marks named forgiven. A number that is a word of the text still
   * counts.
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "This Protocol supplements the United Nations Convention against Transnational Organized"
            + " Crime. It shall be interpreted together with the Convention. 2. The provisions of"
            + " the Convention shall apply, mutatis mutandis, to this Protocol unless otherwise"
            + " provided herein.|article 1 of the Trafficking in Persons Protocol|exact|paragraph"
            + " labels|tip-protocol.txt l.23-25: art. 1 (2) with its label",
        "States shall adopt appropriate legislative and other measures necessary to establish, as"
            + " criminal offences, trafficking, its component acts² and related conduct.³|Principle"
            + " 12 of the Recommended Principles and Guidelines|exact|footnote marks|seed 003"
            + " l.2112: superscript marks",
        "States shall adopt appropriate legislative and other measures necessary to establish, as"
            + " criminal offences, trafficking, its component acts2 and related conduct.3|Principle"
            + " 12 of the Recommended Principles and Guidelines|exact|footnote marks|the same marks"
            + " read by OCR as digits",
        "the conduct set forth in article 3 of this Protocol, when committed intentionally[12]"
            + "|article 5 (1) of the Trafficking in Persons Protocol|exact|footnote marks|a"
            + " bracketed mark after the last word",
        "The recommended principles on human rights and human trafficking2¢ state|A/64/290, para."
            + " 78|exact|footnote marks|a-64-290.txt l.915: a mark the OCR left in the corpus's"
            + " text, copied with it, is off both sides",
        "any person under 18 years of age|article 3 (d) of the Trafficking in Persons Protocol"
            + "|differs||'18' is a word, not a mark: 'eighteen' rewritten",
        "the conduct set forth in article 6 of this Protocol, when committed intentionally|article"
            + " 5 (1) of the Trafficking in Persons Protocol|differs||a reference's number changed",
      })
  void labelsAndFootnoteMarksAreNotWords(
      String quote, String citation, String verdict, String forgiven, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    if (forgiven != null) {
      assertTrue(v.normalizations().contains(forgiven), why + " :: " + v);
    }
  }

  /** All of art. 6 as tip-protocol.txt prints it (l.81-103), "2." to "6." and "(a)" included. */
  @Test
  void aWholeArticleCopiedWithItsLabelsIsExact() throws IOException {
    List<String> lines =
        Files.readAllLines(CORPUS.resolve("texts/tip-protocol.txt"), StandardCharsets.UTF_8);
    String article = String.join("\n", lines.subList(80, 103));
    assertTrue(article.startsWith("1. In appropriate cases"), article);
    Verification v = kb.verify(article, "article 6 of the Trafficking in Persons Protocol");
    assertEquals(Verification.EXACT, v.verdict(), v.toString());
    assertTrue(v.normalizations().contains(Apparatus.PARAGRAPH_LABELS), v.toString());
  }

  /**
   * The 2009 Working Group report cited by its own paragraph numbers, as the 2010 report does (seed
   * 004 l.192, "recommendations contained in paragraph 12 of the report on the 2009 meeting"): the
   * corpus numbers the recommendations one lower, and the quote is verified against the one meant .
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Consider, in line with their domestic legislation, not punishing or prosecuting trafficked"
            + " persons for unlawful acts committed by them as a direct consequence of their"
            + " situation as trafficked persons|paragraph 12 of the report on the 2009 meeting of the"
            + " Working Group on Trafficking in Persons|ctoc-cop-wg-4-2009-2/para_11|the"
            + " non-punishment recommendation by the report's paragraph",
      })
  void aReportCitedByItsOwnParagraphsIsVerified(
      String quote, String citation, String id, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(Verification.EXACT, v.verdict(), why + " :: " + v);
    assertEquals(id, v.provision().id(), why);
  }

  /**
   * A quote running on past the cited provision into the next is offered the parent holding it word
   * for word, not another treaty's article; a quote wholly in a sibling is a wrong citation, said
   * as before.
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "slavery or practices similar to slavery, servitude or the removal of organs; (b) The"
            + " consent of a victim of trafficking in persons to the intended exploitation|article 3"
            + " (a) of the Trafficking in Persons Protocol|tip-protocol/art_3|the quote runs past"
            + " Trafficking in Persons Protocol, art. 3 (a) into Trafficking in Persons Protocol,"
            + " art. 3 (b); the whole quote is in Trafficking in Persons Protocol, art. 3|before,"
            + " CETS art. 4 was all found_in offered",
        "Counselling and information, in particular as regards their legal rights, in a language"
            + " that the victims of trafficking in persons can understand; (c) Medical,"
            + " psychological|article 6 (3) (b) of the Trafficking in Persons Protocol"
            + "|tip-protocol/art_6__para_3|into Trafficking in Persons Protocol, art. 6 (3) (c);"
            + " the whole quote is in Trafficking in Persons Protocol, art. 6 (3)|the nearest"
            + " ancestor holding it, a paragraph, not the article",
        "together with the Convention. 2. The provisions of the Convention shall apply|article 1"
            + " (2) of the Trafficking in Persons Protocol|tip-protocol/art_1|the quote starts"
            + " before Trafficking in Persons Protocol, art. 1 (2), in Trafficking in Persons"
            + " Protocol, art. 1 (1)|tip-protocol.txt l.23-25: starting in the paragraph before",
        "the recruitment, transportation, transfer, harbouring or receipt of persons, by means of"
            + " the threat or use of force|article 3 (b) of the Trafficking in Persons Protocol"
            + "|tip-protocol/art_3__subpara_a|but are in Trafficking in Persons Protocol, art. 3"
            + " (a)|wholly in a sibling: a wrong citation, not an overrun",
      })
  void aQuoteRunningIntoTheNextProvisionIsFoundInTheParent(
      String quote, String citation, String first, String message, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(Verification.NOT_IN_CITED, v.verdict(), why + " :: " + v);
    assertEquals(first, v.foundIn().get(0).id(), why + " :: " + v.foundIn());
    assertTrue(v.message().contains(message), why + " :: " + v.message());
  }

  /**
   * A quoting writer's note in brackets is no word of the quote: it is forgiven as an editorial
   * note, and a word changed beside it still differs.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the recruitment, transportation, transfer, harbouring or receipt of persons (emphasis"
            + " added)|article 3 (a) of the Trafficking in Persons Protocol|exact|before,"
            + " diffed '-by means +emphasis added'",
        "Trafficked persons shall not be detained, charged or prosecuted [emphasis mine]|Principle"
            + " 7 of the Recommended Principles and Guidelines|exact|in square brackets",
        "Trafficked persons shall not be detained (footnote omitted), charged or prosecuted"
            + "|Principle 7 of the Recommended Principles and Guidelines|exact|mid-quote",
        "Trafficked persons should not be detained (emphasis added), charged or prosecuted"
            + "|Principle 7 of the Recommended Principles and Guidelines|differs|the note"
            + " forgiven, 'should' for 'shall' is not",
      })
  void aWritersNoteIsNotAWordOfTheQuote(String quote, String citation, String verdict, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    assertTrue(v.normalizations().contains(Apparatus.EDITORIAL_NOTES), why + " :: " + v);
  }

  /**
   * An ellipsis leaving out a term of a coordinated pair keeps the quote exact, the words being the
   * provision's, but the message names the term left out; an omission of a clause says nothing, and
   * one of a negation still differs.
   */
  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "States Parties shall adopt or strengthen legislative or other measures ... to discourage"
            + " the demand that fosters all forms of exploitation of persons, especially women ..."
            + " that leads to trafficking.|article 9 (5) of the Trafficking in Persons Protocol"
            + "|exact|\"and children\" (after \"women\")|'women and children' cut to"
            + " 'women'",
        "exploitation of persons, especially ... children, that leads to trafficking|article 9 (5)"
            + " of the Trafficking in Persons Protocol|exact|\"women and\"|the pair's first term"
            + " left out",
        "Trafficked persons shall not be detained ... for the illegality of their entry|Principle 7"
            + " of the Recommended Principles and Guidelines|exact|\"charged or prosecuted\"|two"
            + " terms of 'detained, charged or prosecuted' left out",
        "States Parties shall adopt or strengthen legislative or other measures ... to discourage"
            + " the demand|article 9 (5) of the Trafficking in Persons Protocol|exact||a clause of"
            + " examples left out: no warning",
        "Trafficked persons shall ... be detained|Principle 7 of the Recommended Principles and"
            + " Guidelines|differs||a negation left out is no omission to forgive",
      })
  void anEllipsisLeavingOutACoordinatedTermIsNamed(
      String quote, String citation, String verdict, String named, String why) {
    Verification v = kb.verify(quote, citation);
    assertEquals(verdict, v.verdict(), why + " :: " + v);
    if (named != null) {
      assertTrue(
          v.message() != null && v.message().contains("ellipsis leaves out " + named),
          why + " :: " + v.message());
    } else if (verdict.equals(Verification.EXACT)) {
      assertEquals(null, v.message(), why);
    }
  }
}
