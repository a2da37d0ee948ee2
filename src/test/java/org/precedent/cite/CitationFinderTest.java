package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Citation forms named in the issue that the seeds do not happen to contain, offsets around
 * non-ASCII text, the 250-citation limit and hostile input. Metadata-only manifest, no Lucene.
 */
class CitationFinderTest {
  static final CitationGrammar GRAMMAR = CitationGrammar.load(FakeCorpus.instruments());
  static final Citator CITATOR = new Citator(GRAMMAR, id -> Optional.empty());

  private static List<String> resolved(String text) {
    List<String> out = new ArrayList<>();
    for (Citation c : CITATOR.cite(text)) {
      assertEquals(c.text(), text.substring(c.start(), c.end()));
      out.add(c.status() == Citation.RESOLVED ? c.provisions().get(0).id() : "" + c.status());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A/64/L.64, annex, para. 31|a-64-l-64/annex__para_31|symbol, annex, para.",
        "para. 31 of the annex to A/64/L.64|a-64-l-64/annex__para_31|para. of the annex to a symbol",
        "Guideline 6.1|ohchr-principles/guideline_6__para_1|dotted guideline paragraph",
        "Guideline 6, paragraph 1|ohchr-principles/guideline_6__para_1|guideline and paragraph",
        "Principle 11|ohchr-principles/principle_11|principles default to the OHCHR document",
        "articles 5 to 7 of UNTOC|untoc/art_5 untoc/art_6 untoc/art_7|range, one entry per article",
        "articles 24 and 25 of UNTOC|untoc/art_24 untoc/art_25|pair, one entry per article",
        "article 6 (3) (c) of the Trafficking Protocol|tip-protocol/art_6__para_3__subpara_c|nested parentheses",
        "article 27, paragraph 3, of UNTOC|untoc/art_27__para_3|UN style with commas",
        "article 26, paragraphs 2 and 3, of the Organized Crime Convention|untoc/art_26__para_2"
            + " untoc/art_26__para_3|004 line 148: a list of paragraphs, UN style",
        "article 6, paragraphs 1 to 3, of the Protocol|tip-protocol/art_6__para_1"
            + " tip-protocol/art_6__para_2 tip-protocol/art_6__para_3|a range of them",
        "article 9, paragraphs 1, 2 and 4, of the Protocol|tip-protocol/art_9__para_1"
            + " tip-protocol/art_9__para_2 tip-protocol/art_9__para_4|a longer list",
        "article 26, paragraph 2 and paragraph 3, of the Organized Crime Convention"
            + "|untoc/art_26__para_2 untoc/art_26__para_3|the unit word said again",
        "articles 24, paragraph 1, and 25 of the Organized Crime Convention|untoc/art_24__para_1"
            + " untoc/art_25|but a list of articles, as its plural says, goes on with an article",
        "article 6, subparagraph 2, of the Trafficking in Persons Protocol"
            + "|tip-protocol/art_6__subpara_2|004 line 58: a paragraph miscalled a subparagraph"
            + " is read as written, in the instrument it names",
        "article 6 of the Protocol, paragraph 3|tip-protocol/art_6__para_3|the paragraph after"
            + " the name is the article's",
        "artículo 6 del Protocolo, párrafo 3|tip-protocol/art_6__para_3|in Spanish too",
        "article 3 of the Protocol, subparagraph (a)|tip-protocol/art_3__subpara_a|a"
            + " subparagraph likewise",
        "paragraph 2 of article 6 of the Protocol, subparagraph (b)|tip-protocol/art_6__para_2__subpara_b|and"
            + " after an inverted reference",
        "article 6 of the Protocol, paragraph 3 of resolution 64/293|tip-protocol/art_6"
            + " a-res-64-293/op_3|but not a paragraph of another instrument",
        "article 6 of the Protocol, paragraph 3 above|tip-protocol/art_6|nor the text's own",
        "paragraph 4 of resolution 64/293, paragraph 5|a-res-64-293/op_4 a-res-64-293/op_5|nor"
            + " a paragraph after a paragraph",
        "articles 5 and 6 of the Protocol, paragraph 3|tip-protocol/art_5 tip-protocol/art_6"
            + " 400|nor after a list, which does not say whose paragraph: read alone, a treaty's"
            + " top-level paragraph names no instrument",
        "A/64/L.64, OP6 and PP4|a-64-l-64/op_6 a-64-l-64/pp_4|OP/PP glued to numbers; PP4 from context",
        "GA res. 64/178|a-res-64-178|GA res. abbreviation",
        "A/RES/64/178|a-res-64-178|UN symbol by the id rule",
        "CCPCJ decision 16/2|ccpcj-decision-16-2|decision with body",
        "the Protocol|tip-protocol|nothing earlier: the short form's usual reading",
        "not bound by a protocol unless it becomes a Party to the protocol|300|lower case: a"
            + " common noun, not the defined short form",
        "article 9 of the Convention|300|ambiguous between four conventions: no usual reading",
        "artículo 3 del Protocolo|tip-protocol/art_3|'del' says 'of the': Spanish short form",
        "l'article 6 du Protocole relatif à la traite des personnes|tip-protocol/art_6|French"
            + " short title after 'du'",
        "artículo 6 del Protocolo contra la trata de personas|tip-protocol/art_6|Spanish short"
            + " title",
        "article 5 de la Convention|300|'de la': French short form of four conventions",
        "CETS No. 197, art. 12|coe-cets-197/art_12|a name with an abbreviation's full stop",
        "UNTOC; article 12, paragraph 1, of this Convention for the purpose of confiscation|untoc"
            + " untoc/art_12__para_1|'for' and a lower-case word: running text, not a title",
        "the number of States parties to the Protocol to 135|tip-protocol|'to' and a number:"
            + " running text",
        "the UN Convention against Transnational Organized Crimes|300|a listed title misspelt:"
            + " the short form, not another title",
        "the Smuggling of Migrants Protocol; article 9 of the Protocol|smuggling-protocol smuggling-protocol/art_9|context settles the Protocol",
        "UNTOC. Ibid., art. 2.|untoc untoc/art_2|ibid. reads the previous instrument",
        "UNTOC. Ibid., art. 2 and article 3 (a) of the Protocol.|untoc untoc/art_2"
            + " tip-protocol/art_3__subpara_a|but not an item restated before another name",
        "UNTOC. Ibid., article 2 and article 3.|untoc untoc/art_2 untoc/art_3|with no name"
            + " after it, a restated item is still the ibid's",
        "article 99 of the Palermo Protocol|tip-protocol/art_99|metadata-only: the id, no text (404 needs the text)",
        "resolution 62/141|400|a resolution the corpus does not hold",
        "article 6 of UNTOC; paragraph 10 says|untoc/art_6 400|a treaty has no top-level paragraph: no invented id, and not the article's across a semicolon",
        "resolution 61/180, paragraph 5|a-res-61-180/op_5|a resolution's numbered paragraphs are operative",
        "the Trafficking Protocol, its article 9|tip-protocol tip-protocol/art_9|its article from context",
        "UNTOC art. 32 (1)|untoc/art_32__para_1|the name first, no comma: one citation, as typed",
        "the Protocol's article 3 (a)|tip-protocol/art_3__subpara_a|a possessive joins the name"
            + " to its reference: one citation",
        "UNTOC’s article 5, paragraph 1|untoc/art_5__para_1|the typeset apostrophe too",
        "the Protocol's aims; article 2 of UNTOC|tip-protocol untoc/art_2|a possessive before"
            + " anything but a reference leaves the name alone",
        "A/64/L.64 annex para. 31|a-64-l-64/annex__para_31|a symbol, its annex and paragraph, no commas",
        "the Trafficking Protocol article 5 of UNTOC|tip-protocol untoc/art_5|an article followed by"
            + " 'of' belongs to what follows it",
        "footnote 6 of the Recommended Principles and Guidelines|ohchr-principles/footnote_6|a"
            + " footnote with its instrument named",
        "the Recommended Principles and Guidelines, its footnote 1|ohchr-principles"
            + " ohchr-principles/footnote_1|'its footnote': the instrument just named",
        "article 5 of UNTOC; see sect. III, footnote 4|untoc/art_5|a footnote with no instrument"
            + " named is the text's own, not the last instrument's",
        "preambular paragraph 4 of A/64/L.64|a-64-l-64/pp_4|'preambular' is the unit: PP4,"
            + " never the resolution's operative paragraph 4",
        "operative paragraphs 2 and 3 of A/64/L.64|a-64-l-64/op_2 a-64-l-64/op_3|'operative'"
            + " is the unit, a list after it",
        "the fourth preambular paragraph of A/64/L.64|a-64-l-64/pp_4|an ordinal counts"
            + " preambular paragraphs",
        "A/64/L.64, second operative paragraph|a-64-l-64/op_2|an ordinal after the instrument",
        "preambular paragraph 2 and preambular paragraph 3 of A/64/L.64|a-64-l-64/pp_2"
            + " a-64-l-64/pp_3|the unit repeated in a list",
        "the first paragraph of article 5 of UNTOC|untoc/art_5|an ordinal counts only preambular"
            + " and operative paragraphs",
        "article 3 (a) and (c) of the Protocol|tip-protocol/art_3__subpara_a"
            + " tip-protocol/art_3__subpara_c|subparagraphs listed after one article",
        "article 3, subparagraphs (a) and (b), of the Protocol|tip-protocol/art_3__subpara_a"
            + " tip-protocol/art_3__subpara_b|UN style, a list of subparagraphs",
        "Article 3(a)-(c) of the Protocol|tip-protocol/art_3__subpara_a"
            + " tip-protocol/art_3__subpara_b tip-protocol/art_3__subpara_c|a range of"
            + " subparagraphs",
        "article 6 (3) and (4) of the Protocol|tip-protocol/art_6__para_3"
            + " tip-protocol/art_6__para_4|paragraphs listed after one article",
        "paragraph (a) of article 3 of the Protocol|tip-protocol/art_3__subpara_a|a lettered"
            + " paragraph of an article is its subparagraph",
        "sub-paragraph (c) of article 3 of the Trafficking Protocol|tip-protocol/art_3__subpara_c"
            + "|hyphenated: the word after the hyphen reads the same",
        "subparagraph (b) of paragraph 2 of article 6 of the Protocol"
            + "|tip-protocol/art_6__para_2__subpara_b|two steps out",
        "subparagraphs (a) and (c) of article 3 of the Protocol|tip-protocol/art_3__subpara_a"
            + " tip-protocol/art_3__subpara_c|a list, then the article it belongs to",
        "article 6, paragraph 1 (a) (i) or (ii) or (b) (i), of UNTOC"
            + "|untoc/art_6__para_1__subpara_a__clause_i untoc/art_6__para_1__subpara_a__clause_ii"
            + " untoc/art_6__para_1__subpara_b__clause_i|UNTOC art. 15 (2) (c) (ii)'s own form: clauses,"
            + " then the next subparagraph",
        "article 5 of UNTOC; assistance discussed in paragraphs 42 to 67 above|untoc/art_5|the"
            + " text's own paragraphs ('above'), not the instrument named last",
        "the Trafficking Protocol; the decision referred to in paragraph (b) above|tip-protocol"
            + "|a lettered paragraph 'above' is the text's own too",
        "paragraphs 3 and 4 of the preamble to A/64/L.64|a-64-l-64/pp_3 a-64-l-64/pp_4"
            + "|paragraphs of the preamble are preambular paragraphs",
        "párrafo 4 del preámbulo de A/64/L.64|a-64-l-64/pp_4|'del preámbulo': the same in"
            + " Spanish",
        "article 5 of UNTOC; paragraph 2 of the preamble|untoc/art_5|the preamble of no"
            + " instrument named is the text's own",
        "A/64/L.64, OP 1bis|a-64-l-64/op_1bis|a paragraph inserted after OP 1 is not OP 1",
        "article 3 bis of the Protocol|tip-protocol/art_3bis|'bis' after a space too",
        "artículo 3, apartados a) y c), del Protocolo|tip-protocol/art_3__subpara_a"
            + " tip-protocol/art_3__subpara_c|Spanish: 'a)' with no opening parenthesis",
        "el apartado a) del artículo 3 del Protocolo|tip-protocol/art_3__subpara_a|Spanish,"
            + " inverted with 'del'",
        "l'article 3, alinéa a), du Protocole|tip-protocol/art_3__subpara_a|French 'alinéa a)'",
        "párrafo a) del artículo 3 del Protocolo|tip-protocol/art_3__subpara_a|a lettered"
            + " paragraph written 'a)' reads as '(a)' does",
        "(see article 5 of UNTOC)|untoc/art_5|a word closing a parenthesis is no part",
        "'the Trafficking Protocol.\n\nPP.5 Reaffirming its commitment'|tip-protocol|a"
            + " paragraph's own label takes no instrument from context",
        "'the Protocol to Prevent, Suppress and Punish Trafficking in Persons.\n\nArticle 2\n\n"
            + "Statement of purpose'|tip-protocol|a heading: the text's own article",
        "'UNTOC. This is echoed by the formulation of\nparagraph 2 of article 5. Then'|untoc"
            + " untoc/art_5__para_2|a line OCR wrapped in mid-sentence begins no paragraph",
        "'the Convention on the Elimination of All Forms of Discrimination against Women,\n\n"
            + "PP.5 Recognizing that'|cedaw|a name ending a paragraph does not own the label"
            + " opening the next",
        "'the Trafficking Protocol; prosecution of its perpetrators,\nPP8 Recalling all'"
            + "|tip-protocol|a preambular paragraph ends with a comma: the next line's label is"
            + " the draft's own",
        "Principles and Guidelines on Human Rights and Human Trafficking, footnote 1"
            + "|ohchr-principles/footnote_1|the title without 'Recommended' is a name",
        "sub-paragraph (b) of paragraph 2 of article 6 of the Protocol"
            + "|tip-protocol/art_6__para_2__subpara_b|hyphenated, two steps out",
        "el cuarto párrafo del preámbulo de la resolución 64/293|a-res-64-293/pp_4|a Spanish"
            + " ordinal counts the paragraphs of a preamble",
        "el primer párrafo del preámbulo de A/64/L.64|a-64-l-64/pp_1|'primer', the form"
            + " before a noun",
        "el decimo parrafo del preambulo de A/64/L.64|a-64-l-64/pp_10|typed without accents",
        "el decimotercer párrafo del preámbulo de A/64/L.64|a-64-l-64/pp_13|a Spanish ordinal"
            + " past ten is one word",
        "le quatrième alinéa du préambule de la résolution 64/293|a-res-64-293/pp_4|French"
            + " counts a preamble's 'alinéas'",
        "le troisième paragraphe du préambule de la résolution 55/25|a-res-55-25/pp_3|French"
            + " 'paragraphe' too",
        "le dix-septième alinéa du préambule de A/64/L.64|a-64-l-64/pp_17|'dix-septième' is"
            + " seventeenth, not the seventh after a hyphen",
        "the fourth paragraph of the preamble to resolution 55/25|a-res-55-25/pp_4|an ordinal"
            + " and 'paragraph' of the preamble, as in English UN texts",
        "A/64/L.64, cuarto párrafo del preámbulo|a-64-l-64/pp_4|after the instrument: a"
            + " preambular paragraph, not OP 4",
        "A/64/L.64, paragraph 4 of the preamble|a-64-l-64/pp_4|after the instrument too",
        "el cuarto párrafo del artículo 6 del Protocolo|tip-protocol/art_6|an ordinal counts"
            + " only the paragraphs of a preamble",
        "article 6, paragraph 1 (a) (i) to (iii), of UNTOC"
            + "|untoc/art_6__para_1__subpara_a__clause_i untoc/art_6__para_1__subpara_a__clause_ii"
            + " untoc/art_6__para_1__subpara_a__clause_iii|a range of roman clauses",
        "UNTOC, art. 6 (1) (a) (i)-(iii)"
            + "|untoc/art_6__para_1__subpara_a__clause_i untoc/art_6__para_1__subpara_a__clause_ii"
            + " untoc/art_6__para_1__subpara_a__clause_iii|a roman range with a hyphen",
        "el artículo 6, párrafo 1 a) ii) a iv), de la Convención de Palermo"
            + "|untoc/art_6__para_1__subpara_a__clause_ii untoc/art_6__para_1__subpara_a__clause_iii"
            + " untoc/art_6__para_1__subpara_a__clause_iv|Spanish 'a' between the ends of a range",
        "artículos 5 a 7 de la Convención de Palermo|untoc/art_5 untoc/art_6 untoc/art_7"
            + "|Spanish 'a' between two articles",
        "article 3 (h) to (j) of the Protocol|tip-protocol/art_3__subpara_h"
            + " tip-protocol/art_3__subpara_i tip-protocol/art_3__subpara_j|a range of letters"
            + " through i stays letters",
        "article 3 (i) of the Protocol|tip-protocol/art_3__subpara_i|'(i)' right after an"
            + " article is the letter",
        "article 3 (i) to (iii) of the Protocol|tip-protocol/art_3__clause_i"
            + " tip-protocol/art_3__clause_ii tip-protocol/art_3__clause_iii|unless a range to"
            + " '(iii)' shows it was a roman numeral",
        "Principles and Guidelines, footnote 1|ohchr-principles/footnote_1|capitalised and"
            + " citing a provision: the short form needs no 'the'",
        "12 See Principles and Guidelines, footnote 1|ohchr-principles/footnote_1|a capital"
            + " word that begins a sentence is no title before it",
        "principles and guidelines, footnote 1|-|lower case: ordinary prose",
        "Principles and Guidelines were adopted|-|no provision cited after it: 'the' is still"
            + " needed",
        "the Basic Principles and Guidelines, footnote 2|-|the last words of another title",
        "Protocol, art. 5|tip-protocol/art_5|a one-word short form heads a citation when a"
            + " numbered provision follows it",
        "as required by Protocol art. 9 (1)|tip-protocol/art_9__para_1|with no comma between"
            + " them",
        "Protocol, article 3 (a)|tip-protocol/art_3__subpara_a|the provision in full",
        "Protocol, article|-|no number after the unit",
        "Optional Protocol, article 5|400|a capital word before a one-word short form may"
            + " begin another title",
        "See Protocol, art. 5|tip-protocol/art_5|unless it is a signal that introduces a"
            + " citation",
        "Véase Protocolo, artículo 6|tip-protocol/art_6|a Spanish signal",
        "'Global Alliance Against Traffic in Women, Human Rights Standards (see sect. 111,"
            + " footnote 4),\npara. 10. See also'|400|seed 000 line 9598: a reference opening a"
            + " line after a comma continues the sentence; only a PP or OP label follows a"
            + " preambular paragraph's comma",
        "the twenty-first preambular paragraph of resolution 55/25|a-res-55-25/pp_21|a ten and"
            + " a unit: the twenty-first, not the first after a hyphen",
        "the twenty first preambular paragraph of resolution 55/25|a-res-55-25/pp_21|a ten and"
            + " a unit with a space",
        "the thirtieth preambular paragraph of resolution 55/25|a-res-55-25/pp_30|a ten alone",
        "el vigésimo primer párrafo del preámbulo de la resolución 55/25|a-res-55-25/pp_21"
            + "|Spanish ten and unit",
        "el décimo tercer párrafo del preámbulo de la resolución 55/25|a-res-55-25/pp_13"
            + "|'décimo tercer' is the thirteenth, not the third",
        "el décimo párrafo del preámbulo de la resolución 55/25|a-res-55-25/pp_10|'décimo'"
            + " alone is the tenth",
        "le vingt et unième alinéa du préambule de la résolution 55/25|a-res-55-25/pp_21"
            + "|French 'et' between the ten and the unit",
        "le vingt-et-unième alinéa du préambule de la résolution 55/25|a-res-55-25/pp_21"
            + "|'et' between hyphens",
        "le vingt-deuxième alinéa du préambule de la résolution 55/25|a-res-55-25/pp_22|not"
            + " the second after a hyphen",
        "le soixante-dix-septième alinéa du préambule de la résolution 55/25|a-res-55-25/pp_77"
            + "|sixty and seventeen",
        "le quatre-vingt-dix-septième alinéa du préambule de la résolution 55/25"
            + "|a-res-55-25/pp_97|'quatre-vingt' is eighty",
        "le cent-unième alinéa du préambule de la résolution 55/25|a-res-55-25|a number the"
            + " grammar does not know: the resolution, never its first paragraph",
        "the 4th preambular paragraph of resolution 55/25|a-res-55-25/pp_4|a number with an"
            + " ordinal ending",
        "the 21st preambular paragraph of resolution 55/25|a-res-55-25/pp_21|'st'",
        "el 4.º párrafo del preámbulo de la resolución 55/25|a-res-55-25/pp_4|Spanish '4.º'",
        "le 3e alinéa du préambule de la résolution 55/25|a-res-55-25/pp_3|French '3e'",
        "le 1er alinéa du préambule de la résolution 55/25|a-res-55-25/pp_1|French '1er'",
        "4 preambular paragraphs of resolution 55/25|a-res-55-25|a count is no ordinal",
        "sub\u2011paragraph (b) of paragraph 2 of article 6 of the Protocol"
            + "|tip-protocol/art_6__para_2__subpara_b|a non-breaking hyphen joins as '-' does",
        "El párrafo 4 de la parte dispositiva de la resolución 55/25|a-res-55-25/op_4"
            + "|Spanish: a paragraph of the operative part",
        "le paragraphe 4 du dispositif de la résolution 55/25|a-res-55-25/op_4|French",
        "paragraph 4 of the operative part of resolution 55/25|a-res-55-25/op_4|English",
        "le quatrième paragraphe du dispositif de la résolution 55/25|a-res-55-25/op_4|an"
            + " ordinal counts the operative part's paragraphs",
        "A/64/L.64, párrafo 3 de la parte dispositiva|a-64-l-64/op_3|after the instrument",
        "el párrafo 4 de la parte general de la resolución 55/25|a-res-55-25|'parte' alone"
            + " names no part of a resolution",
        "the third and fourth preambular paragraphs of resolution 55/25|a-res-55-25/pp_3"
            + " a-res-55-25/pp_4|a list of ordinals: each paragraph, not the last alone",
        "le premier et le deuxième alinéas du préambule de la résolution 55/25"
            + "|a-res-55-25/pp_1 a-res-55-25/pp_2|French, the determiner repeated",
        "el primero y segundo párrafos del preámbulo de la resolución 55/25|a-res-55-25/pp_1"
            + " a-res-55-25/pp_2|Spanish",
        "the twenty-first and twenty-second preambular paragraphs of resolution 55/25"
            + "|a-res-55-25/pp_21 a-res-55-25/pp_22|a list of compound ordinals",
        "first and foremost, operative paragraph 4 of A/64/L.64|a-64-l-64/op_4|a word that is"
            + " no ordinal ends the list",
        "l'alinéa a) de l'article 3 du Protocole|tip-protocol/art_3__subpara_a|the elided"
            + " article: a subparagraph of article 3, not article 3",
        "le paragraphe 2 de l’article 6 du Protocole|tip-protocol/art_6__para_2|a typeset"
            + " apostrophe",
        "le paragraphe 31 de l'annexe de la résolution 64/293|a-res-64-293/annex__para_31"
            + "|'de l'annexe de la résolution': the annex of the resolution named after it",
        "el párrafo 31 del anexo de la resolución 64/293|a-res-64-293/annex__para_31|Spanish",
        "'the persons referred to in paragraph 1 of this article.\n\n4. Each State Party'|-|a"
            + " dot before a blank line ends the reference: the 4 numbers the next paragraph"
            + " (UNTOC art. 24), not article 4",
        "'measures referred to in paragraph 3 of this article.\n\n5. The Parties'|-|and 'of"
            + " this article' stays the text's own (CETS 197 art. 10)",
        "el párrafo cuarto del preámbulo de la resolución 55/25|a-res-55-25/pp_4|Spanish puts"
            + " the ordinal after the noun",
        "el párrafo tercero de la parte dispositiva de la resolución 55/25|a-res-55-25/op_3"
            + "|of the operative part too",
        "el párrafo primero del artículo 5 del Protocolo|tip-protocol/art_5|of an article it"
            + " is not read, as before the noun",
        "los párrafos primero y segundo del preámbulo de la resolución 55/25|a-res-55-25/pp_1"
            + " a-res-55-25/pp_2|a list after the noun: each item of the preamble, never the"
            + " first alone as a context's paragraph",
        "los párrafos 2 y tercero del preámbulo de la resolución 55/25|a-res-55-25/pp_2"
            + " a-res-55-25/pp_3|a number and an ordinal in one list",
        "resolution 64/293 of the General Assembly, annex, paragraph 31"
            + "|a-res-64-293/annex__para_31|the body after the number is read with it, so the"
            + " annex is the resolution's (it read as its paragraph 31)",
        "la résolution 64/293 de l'Assemblée générale, annexe, paragraphe 31"
            + "|a-res-64-293/annex__para_31|French",
        "resolution 2006/27 of the Economic and Social Council|e-res-2006-27|a body after the"
            + " number picks the series",
        "Guidelines 2.1 to 2.3|ohchr-principles/guideline_2__para_1"
            + " ohchr-principles/guideline_2__para_2 ohchr-principles/guideline_2__para_3|a range"
            + " of one guideline's paragraphs",
        "Guideline 2.1-2.3|ohchr-principles/guideline_2__para_1"
            + " ohchr-principles/guideline_2__para_2 ohchr-principles/guideline_2__para_3|with a"
            + " hyphen",
        "Guideline 2.1 to 3.2|ohchr-principles/guideline_2__para_1|across two guidelines: not"
            + " expanded",
        "General Assembly resolution 55/25, annex II, article 3|tip-protocol/art_3|a"
            + " resolution's numbered annex that is an instrument of its own",
        "annex I to resolution 55/25, article 2|untoc/art_2|the annex named before the"
            + " resolution",
        "article 3 of annex II to resolution 55/25|tip-protocol/art_3|the annex after the"
            + " article",
        "resolution 55/25, annex III|smuggling-protocol|the annex alone",
        "resolution 55/255, annex, article 5|firearms-protocol/art_5|an only annex that an"
            + " instrument's symbol names ('A/RES/55/255, annex')",
        "article 5 of the annex to resolution 55/255|firearms-protocol/art_5|the same, the"
            + " annex after the article",
        "resolution 61/180, annex II, para. 3|a-res-61-180|no annex known: the resolution only",
        "para. 3 of annex II to resolution 61/180|a-res-61-180|the same, the annex after the"
            + " paragraph",
        "The full text of the closing remarks appears in annex II.|-|a bare numbered annex is"
            + " the text's own (Vienna Forum report, para. 25)",
        "resolution 61/144 on \"Trafficking in women and girls\" and 58/137 on"
            + "|a-res-61-144 a-res-58-137|a number the manifest names is read as its name"
            + " (A/64/L.64, PP 3)",
      })
  void issueForms(String text, String expected, String why) {
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" "));
    assertEquals(want, resolved(text), why);
  }

  /** Where a citation's span starts and ends: a hyphenated unit word is one word. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "see sub-paragraph (c) of article 6 of the Protocol|sub-paragraph (c) of article 6 of the"
            + " Protocol|the span starts at 'sub', not at 'paragraph'",
        "sub-paragraphs (a) and (c) of article 3 of the Protocol|sub-paragraphs (a);(c) of"
            + " article 3 of the Protocol|a list: the first item starts at 'sub'",
        "subparagraph (c) of article 6 of the Protocol|subparagraph (c) of article 6 of the"
            + " Protocol|one word",
        "A/64/L.64, second operative paragraph. Then|A/64/L.64, second operative paragraph|the"
            + " sentence's full stop is not the citation's",
        "see the second operative para. of A/64/L.64|second operative para. of A/64/L.64|an"
            + " abbreviation's dot is",
        "the twenty-first preambular paragraph of A/64/L.64|twenty-first preambular paragraph"
            + " of A/64/L.64|a compound ordinal's span starts at its ten",
        "the 4th preambular paragraph of A/64/L.64|4th preambular paragraph of A/64/L.64|and a"
            + " numbered one's at its number",
        "the third and fourth preambular paragraphs of A/64/L.64|third and fourth preambular"
            + " paragraphs;third and fourth preambular paragraphs of A/64/L.64|each item of a"
            + " list of ordinals shows the whole list",
        "UNTOC. Ibid., art. 2.|UNTOC;Ibid., art. 2|'ibid.' starts its citation",
        "UNTOC. Id. art. 2.|UNTOC;Id. art. 2|and so does 'Id.'",
        "UNTOC. Ibid., art. 2 and article 3 (a) of the Protocol.|UNTOC;Ibid., art. 2;article 3"
            + " (a) of the Protocol|an item that writes its unit again before a name is the"
            + " name's",
        "UNTOC. Ibid., arts. 2 and 3.|UNTOC;Ibid., arts. 2;3|a list after 'Ibid.' is the"
            + " ibid's",
        "Under the Protocol, its article 5 applies|the Protocol;its article 5|and 'its'",
      })
  void spans(String text, String expected, String why) {
    List<String> spans = CITATOR.cite(text).stream().map(Citation::text).toList();
    assertEquals(List.of(expected.split(";")), spans, why);
  }

  @Test
  void ambiguityListsEveryCandidateAndWhy() {
    Citation c = CITATOR.citeOne("article 9 of the Convention");
    assertEquals(Citation.AMBIGUOUS, c.status());
    assertEquals(
        List.of("untoc/art_9", "coe-cets-197/art_9", "crc/art_9", "cedaw/art_9"),
        c.provisions().stream().map(CitedProvision::id).toList());
    assertTrue(c.message().contains("nothing earlier in the text settles it"), c.message());
    assertTrue(c.message().contains("cedaw"), c.message());
    assertEquals(4, c.normalized().split(" \\| ").length, c.normalized());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the Protocol to the African Charter on Human and Peoples' Rights",
        "article 5 of the Protocol relating to the Status of Refugees",
        "artículo 2 del Protocolo de San Salvador",
        "UNICEF: Recommend reference to the UN Guidelines on Justice in Matters Affecting Child"
            + " Victims",
      })
  void aShortFormThatBeginsAnotherTitleIsNotACitation(String text) {
    assertEquals(List.of(), resolved(text));
  }

  /**
   * An article of an instrument the corpus does not hold is reported as such, naming it: not read
   * as the short form's candidates, nor passed over as if the text cited nothing.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "article 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms"
            + "|Convention for the Protection of Human Rights and Fundamental Freedoms",
        "article 33 of the 1951 Refugee Convention|1951 Refugee Convention",
      })
  void anArticleOfAnInstrumentNotHeldSaysSo(String text, String name) {
    List<Citation> found = CITATOR.cite(text);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Citation.NOT_A_CITATION, found.get(0).status());
    assertTrue(found.get(0).message().contains("'" + name + "'"), found.get(0).message());
  }

  @Test
  void aUsualReadingSaysSoAndNamesTheOtherCandidates() {
    Citation c = CITATOR.citeOne("article 9 of the Protocol");
    assertEquals(Citation.RESOLVED, c.status());
    assertEquals("tip-protocol/art_9", c.provisions().get(0).id());
    assertTrue(c.message().startsWith("'the Protocol' read as tip-protocol"), c.message());
    assertTrue(
        c.message().endsWith("it could also be smuggling-protocol or firearms-protocol"),
        c.message());
  }

  @Test
  void metadataOnlyProvisionsCarryNoTextAndANote() {
    Citation c = CITATOR.citeOne("resolution 61/180");
    assertEquals(Citation.RESOLVED, c.status());
    assertEquals(null, c.provisions().get(0).text());
    assertEquals("text not in corpus", c.provisions().get(0).note());
  }

  @Test
  void offsetsAreUtf16AroundCurlyQuotesDashesArabicAndAstralCharacters() {
    String text =
        "\u0627\u0644\u0628\u0631\u0648\u062a\u0648\u0643\u0648\u0644 \u201cthe Trafficking"
            + " Protocol\u201d \u2013 see article\u00a03\u00a0(a) \ud83d\udcdc and \u2018Principle"
            + " 7\u2019 \u2014 \u0627\u0644\u0645\u0628\u062f\u0623 resolutions 61/180 and 64/178 \u2013 \u0627\u0644\u0646\u0647\u0627\u064a\u0629";
    List<Citation> found = CITATOR.cite(text);
    List<String> spans = found.stream().map(c -> text.substring(c.start(), c.end())).toList();
    assertEquals(
        List.of(
            "Trafficking Protocol",
            "article\u00a03\u00a0(a)",
            "Principle 7",
            "resolutions 61/180",
            "64/178"),
        spans);
    assertEquals(text.indexOf("article"), found.get(1).start());
    assertEquals("tip-protocol/art_3__subpara_a", found.get(1).provisions().get(0).id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "paragraphs 1 to 10|400|a range naming no instrument: one entry, not ten alike",
        "5. The role of the arts\t262-273\t55|400|a table of contents read as a range of"
            + " articles of no instrument: one entry, not twelve",
        "paragraphs 1 to 3 of UNTOC|404 404 404|each item names another missing provision",
        "paragraphs 1 and 2|400 400|the items of a list have spans of their own",
        "paragraphs 1 to 3; paragraphs 1 to 3|400 400|two ranges in the text are two citations",
      })
  void aRangeResolvingToNothingIsOneEntry(String text, String expected, String why) {
    List<Citation> found = CITATOR.cite(text);
    assertEquals(List.of(expected.split(" ")), resolved(text), why);
    for (int n = 1; n < found.size(); n++) {
      assertNotEquals(found.get(n - 1), found.get(n), why);
    }
  }

  @Test
  void theItemsOfARangeOverTheLimitAreOneEntry() {
    String text = "article 1 of UNTOC; ".repeat(250) + "paragraphs 1 to 10";
    List<Citation> found = CITATOR.cite(text);
    assertEquals(251, found.size());
    assertEquals(Citation.OVER_LIMIT, found.get(250).status());
    assertEquals("paragraphs 1 to 10", found.get(250).text());
  }

  @Test
  void moreThan250CitationsResolveTheFirst250Only() {
    String text = "article 1 of UNTOC; ".repeat(300);
    List<Citation> found = CITATOR.cite(text);
    assertEquals(300, found.size());
    assertEquals(250, found.stream().filter(c -> c.status() == Citation.RESOLVED).count());
    assertEquals(Citation.OVER_LIMIT, found.get(250).status());
    assertTrue(found.get(299).message().contains("250"));
  }

  @Test
  void hostileInputsFinishFast() {
    List<String> hostile =
        List.of(
            "A/".repeat(32_000),
            "article 1 (".repeat(5_818),
            "1/".repeat(32_000),
            "Protocol to Prevent, ".repeat(3_047),
            "articles 1, ".repeat(5_333),
            "(((((((((a".repeat(6_400),
            "x".repeat(64_000),
            "the the the ".repeat(5_333));
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (String text : hostile) {
            CITATOR.cite(text.substring(0, Math.min(64_000, text.length())));
          }
        });
  }
}
