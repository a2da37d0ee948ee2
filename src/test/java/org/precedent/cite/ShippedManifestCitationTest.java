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
      })
  void readsAsTheManifestSays(String text, String expected, String why) {
    List<String> got = new ArrayList<>();
    for (Citation c : citator.cite(text)) {
      got.add(c.status() == Citation.RESOLVED ? c.provisions().get(0).id() : "" + c.status());
    }
    assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" ")), got, why);
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
