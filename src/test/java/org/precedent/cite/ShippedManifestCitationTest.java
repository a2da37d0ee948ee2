package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * Citations that turn on facts the shipped manifest records (aliases, annex links), read over the
 * manifest itself rather than a fake one: a wrong alias there misreads every text that uses it.
 */
class ShippedManifestCitationTest {
  static Citator citator;

  @BeforeAll
  static void load() {
    Corpus corpus = Corpus.load(Path.of("corpus"));
    Map<ProvisionId, Provision> byId = new HashMap<>();
    corpus.allProvisions().forEach(p -> byId.put(p.id(), p));
    citator =
        new Citator(
            CitationGrammar.load(corpus.instruments()), id -> Optional.ofNullable(byId.get(id)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(The full text of the Executive Director's closing remarks appears in annex II.)|-|the"
            + " Vienna Forum report's own annex, once read as the 2009 Working Group report",
        "see annex III for the enabling decisions of the Commission|-|its annex III, once read as"
            + " the Framework for Action",
        "General Assembly resolution 55/25, annex II, article 3|tip-protocol/art_3|the"
            + " resolution's annex II is the Protocol",
        "annex I to resolution 55/25, article 2|untoc/art_2|and its annex I the Convention",
        "resolution 55/25, annex III|smuggling-protocol|and its annex III the Smuggling Protocol",
        "The Trafficking in Persons Protocol, supplementing the United Nations Convention against"
            + " Transnational Organized Crime, provides in article 6, paragraph 1, that"
            + "|tip-protocol untoc tip-protocol/art_6__para_1|the Convention named in the"
            + " Protocol's title is not what the article after it belongs to",
        "Palermo Protocol, art. 6, para. 3 (b). Universal Declaration of Human Rights, arts. 6, 7"
            + " and, in particular, 8; International Covenant on Civil and Political Rights, art."
            + " 2. See also the Protocol, article 7.|tip-protocol/art_6__para_3__subpara_b 400 400"
            + " 400 tip-protocol/art_7|000 line 9650: the articles of instruments the corpus does"
            + " not know are not the Protocol's; 'the Protocol' after them still is",
        "Convention on the Rights of the Child, art. 24. See International Covenant on Economic,"
            + " Social and Cultural Rights, art. 12, Convention on Elimination of All Forms of"
            + " Discrimination against Women, art. 12|crc/art_24 400 cedaw/art_12|000 line 9593: a"
            + " name with commas inside is still a name, and not the CRC's article 12; CEDAW"
            + " without its 'the', as the seed writes it",
        "article 3 of the Trafficking Protocol and European Convention on Human Rights, art."
            + " 4|tip-protocol/art_3 400|a known name before an unknown one does not take its"
            + " article",
        "UNTOC, art. 5; ICCPR, art. 8|untoc/art_5 400|an acronym of an instrument not held",
        "the Guiding Principles on Business and Human Rights, Principle 11|400|not the"
            + " Principles a bare 'Principle' cites",
        "article 3 of the Istanbul Convention|400|an instrument not held is said so, not dropped",
        "paragraph 2 of the rules of procedure|-|of no instrument: not a citation",
        "However, according to the Committee on the Rights of the Child, adoption should|-|000"
            + " line 9772: a body's name, not resolution 62/141 'Rights of the child'",
        "by ensuring their safety in accordance with Articles of 24 and 25 of UNTOC;"
            + "|untoc/art_24 untoc/art_25|001 line 177, A/64/L.64, annex, para. 31: a stray 'of'",
        "Palermo Protocol, art. 6, para. 3 (b). Ibid., para. 2. Ibid., para. 1."
            + "|tip-protocol/art_6__para_3__subpara_b tip-protocol/art_6__para_2"
            + " tip-protocol/art_6__para_1|000 line 9650: 'ibid.' with a paragraph is the"
            + " article's",
        "Palermo Protocol, art. 6. Ibid., art. 7.|tip-protocol/art_6 tip-protocol/art_7|an"
            + " article after an article is the instrument's",
        "art. 3(d), Trafficking Protocol|tip-protocol/art_3__subpara_d|a note's form: the part,"
            + " a comma, the instrument",
        "article 5, UNTOC requires|400 untoc|after a comma, a name that does not end the clause"
            + " begins a sentence of its own",
        "A/64/L.64, para. 31|a-64-l-64/annex__para_31|the draft resolution has seven paragraphs;"
            + " paragraph 31 is its plan's, in the annex",
        "A/64/L.64, para. 3|a-64-l-64/op_3|its own paragraph 3 first",
        "Global Plan of Action, para. 31|a-res-64-293/annex__para_31|numbered as the draft it was"
            + " adopted from",
        "paragraph 10bis of the 19 July 2010 draft of the Global Plan of Action"
            + "|gpa-draft-2010-07-19/annex__para_10bis|a draft's plan paragraph",
        "resolution 8/12 of the Human Rights Council|hrc-res-8-12|the Council's resolutions' ids",
        "HRC resolution 8/12|hrc-res-8-12|and its acronym",
        "the recommendations contained in paragraph 12 of the report on the 2009 meeting of the"
            + " Working Group|ctoc-cop-wg-4-2009-2/para_11|004 line 192: the report's paragraph 12 is"
            + " the corpus's recommendation 11 (non-punishment), as the manifest records",
        "Under article 6 of the Trafficking Protocol States shall, in particular under its"
            + " paragraph 3, provide|tip-protocol/art_6 tip-protocol/art_6__para_3|'its paragraph"
            + " 3' after an article is the article's: the Protocol has no paragraph 3 of its own",
        "article 6 of the Trafficking Protocol and paragraph 3 thereof"
            + "|tip-protocol/art_6 tip-protocol/art_6__para_3|so is a bare paragraph",
        "Article 3 (c) of the Trafficking Protocol provides that, where any of the means set forth"
            + " in subparagraph (a) of this article have been used"
            + "|tip-protocol/art_3__subpara_c|000 line 4657: 'this article' is the text's own"
            + " article, which a text citing others need not name: not read",
        "article 6 of the Trafficking Protocol. Paragraphs 4 and 5 of that article require"
            + "|tip-protocol/art_6 tip-protocol/art_6__para_4 tip-protocol/art_6__para_5|'that"
            + " article'",
        "The Organized Crime Convention applies. OP5 should be deleted. Paragraph 10ter is new."
            + "|untoc 400 400|the Table of Inputs' own paragraphs are not missing ones of a treaty"
            + " named before them",
        "Under article 1 of the Trafficking Protocol, the Convention applies; see article 16 of"
            + " the Convention|tip-protocol/art_1 300 300|no convention named: the candidates"
            + " stay, as a text naming the Protocol may mean the European Convention on Human"
            + " Rights, which the corpus does not hold and the text may name without citing it",
        "paragraph 5 of Guideline 2|ohchr-principles/guideline_2__para_5|as 'Guideline 2, para."
            + " 5'",
        "article 99 of the Convention on the Rights of the Child|404|the CRC has 54 articles, as"
            + " the manifest records, though its text is not held",
        "article 54 of the CRC|crc/art_54|its last",
        "Article 3 (A) of the Trafficking Protocol|tip-protocol/art_3__subpara_a|a capital letter"
            + " as typed",
        "Principio 7 de los Principios y Directrices recomendados|ohchr-principles/principle_7"
            + "|the Principles' Spanish title, after 'de los'",
        "artículo 3, inciso a), del Protocolo contra la Trata de Personas"
            + "|tip-protocol/art_3__subpara_a|'inciso', a Spanish subparagraph",
        "Principe 7 des Principes et directives concernant les droits de l'homme"
            + "|ohchr-principles/principle_7|a title not listed after 'des': still the"
            + " Principles' principle",
        "Principle 10 of the Paris Principles|400|but not after another instrument's name",
        "decision 16/1, subparagraph (b)|ccpcj-decision-16-1/op_b|a decision's lettered"
            + " paragraphs are operative",
        "in accordance with article 6, subparagraph 2, of the Trafficking in Persons Protocol"
            + "|tip-protocol/art_6__para_2|004 line 58: an article's numbered subparagraph is its"
            + " paragraph",
        "Recognizing the need to develop a global plan of action against trafficking in persons"
            + "|-|001 line 80: 'a global plan of action', before the Plan was, names no instrument",
        "conforme a la Convención de las Naciones Unidas contra la Delincuencia Organizada"
            + " Transnacional|untoc|a Spanish 'a' before the determiner is not an indefinite"
            + " article",
        "the EU Directive of 5 April 2011 on preventing|-|a date after 'of' is no list of"
            + " provisions: 'Directive' is the French 'guideline'",
        "The Articles of 15 November 2000|-|nor after 'Articles'",
        "the Council of Europe Convention on Action against Trafficking in Human Beings and the"
            + " Palermo Protocol. Article 13 of the Convention|coe-cets-197 tip-protocol"
            + " coe-cets-197/art_13|ga-thematic-debate-2008-summary.txt l.34: a convention named"
            + " before settles 'the Convention' first",
        "referred to in article 24 of this Convention. Where a person referred to in paragraph 1"
            + " of this article|300|untoc.txt l.221: in a treaty's own text 'this article' is the"
            + " article the text is, not the one it refers to",
        "article 9 of the Protocol should be reflected in paragraph 2|tip-protocol/art_9 400|a"
            + " comment turning to its draft: the paragraph is not the article's",
        "Palermo Protocol, art. 6. UNICEF Guidelines on the Protection of Child Victims of"
            + " Trafficking, 2006, p. 12. Ibid., para. 2.|tip-protocol/art_6 400|'ibid.' after a"
            + " source the corpus does not know is not the article before it",
        "paragraph 11 of the recommendations of the Open-ended Interim Working Group on"
            + " Trafficking in Persons|ctoc-cop-wg-4-2009-2/para_11|by its recommendations the"
            + " numbers are the corpus's own",
        "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,"
            + " art. 3|400|a full title with 'or' and commas",
        "Convention on the Rights of Persons with Disabilities, art. 16|400|with 'with'",
        "Basic Principles and Guidelines on the Right to a Remedy and Reparation for Victims of"
            + " Gross Violations of International Human Rights Law, principle 11|400|a short form"
            + " inside a longer title is part of it",
        "The United Nations Convention on Transnational Organized Crime|untoc|Egypt's statement"
            + " (seed 003 l.1358) names the Convention so",
        "articles 5 and 6 of the Protocol. Paragraph 1 of that article|tip-protocol/art_5"
            + " tip-protocol/art_6|'that article' after a list does not say which",
        "merge article 9 of the Protocol and paragraph 2|tip-protocol/art_9 400|'and paragraph"
            + " 2' in a drafting comment is the draft's",
        "Palermo Protocol, art. 6, para. 3 (b). See also UNICEF Guidelines, sect. 3. Ibid., para."
            + " 2.|tip-protocol/art_6__para_3__subpara_b 400|'ibid.' after another source, even a"
            + " near one, is not the article's",
        "Palermo Protocol, art. 6, para. 3 (b). 23 Ibid., para. 2."
            + "|tip-protocol/art_6__para_3__subpara_b tip-protocol/art_6__para_2|but the next note,"
            + " its number before it, is",
        "Building on the Trafficking Protocol, article 6 protects victims.|tip-protocol/art_6"
            + "|'Building on' opens a paragraph; only a body's noun before 'on' makes a name",
        "paragraph 2 of the Rules of Procedure of the General Assembly|-|rules of procedure are"
            + " no instrument",
      })
  void readsAsTheManifestSays(String text, String expected, String why) {
    List<String> got = new ArrayList<>();
    for (Citation c : citator.cite(text)) {
      got.add(c.status() == Citation.RESOLVED ? c.provisions().get(0).id() : "" + c.status());
    }
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ")), got, why);
  }

  /** A citation's span holds the citation, not the word or bracket after it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "recalling Principle 7 of the Recommended Principles, and A/64/L.64, annex, para. 31"
            + "|Principle 7 of the Recommended Principles¦A/64/L.64, annex, para. 31",
        "Principle 7 of the Recommended Principles and article 5 of UNTOC"
            + "|Principle 7 of the Recommended Principles¦article 5 of UNTOC",
        "the Recommended Principles and Guidelines, Principle 8"
            + "|Recommended Principles and Guidelines, Principle 8",
        "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197),"
            + " art. 12|Council of Europe Convention on Action against Trafficking in Human Beings"
            + " (CETS No. 197), art. 12",
      })
  void spanHoldsTheCitation(String text, String spans) {
    List<String> got = new ArrayList<>();
    for (Citation c : citator.cite(text)) {
      assertEquals(c.text(), text.substring(c.start(), c.end()));
      got.add(c.text());
    }
    assertEquals(List.of(spans.split("¦")), got);
  }

  /**
   * A/RES/64/293's text is not in the corpus, but the draft it was adopted from is: a citation of
   * the resolution names the draft's provision numbered so, as the draft's, and gives no text. An
   * instrument without text and without a draft names none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "General Assembly resolution 64/293, annex, para. 31|a-res-64-293/annex__para_31"
            + "|a-64-l-64/annex__para_31",
        "paragraph 4 of resolution 64/293|a-res-64-293/op_4|a-64-l-64/op_4",
        "resolution 61/180, paragraph 2|a-res-61-180/op_2|-",
      })
  void anAdoptedTextNotInTheCorpusNamesItsDraft(String text, String id, String draft) {
    List<Citation> cites = citator.cite(text);
    assertEquals(1, cites.size(), cites::toString);
    Citation c = cites.get(0);
    assertEquals(Citation.RESOLVED, c.status(), c::toString);
    assertEquals(id, c.provisions().get(0).id());
    assertNull(c.provisions().get(0).text(), "never the draft's text as the adopted one");
    if (draft.equals("-")) {
      assertTrue(c.message() == null || !c.message().contains("draft"), c::toString);
    } else {
      assertTrue(c.message().contains("(" + draft + "): the draft's wording"), c::toString);
    }
  }
}
