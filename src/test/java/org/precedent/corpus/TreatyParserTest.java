package org.precedent.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layout {@code treaty} on the transcribed treaties: headings and chapters kept out of the text,
 * formulae kept out of the preamble, and the label ambiguities of the real texts resolved.
 */
class TreatyParserTest {
  static Map<String, Provision> byId;

  @BeforeAll
  static void load() {
    byId =
        Corpus.load(Path.of("corpus")).allProvisions().stream()
            .collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "tip-protocol/pp_1",
            "Declaring that effective action",
            "",
            "",
            "the opening formula 'The States Parties to this Protocol,' is not pp_1"),
        Arguments.of(
            "tip-protocol/pp_5",
            "Convinced that supplementing",
            "",
            "",
            "the last paragraph before 'Have agreed as follows:'"),
        Arguments.of(
            "tip-protocol/art_3",
            "For the purposes of this Protocol: “Trafficking in persons” shall mean",
            "Use of terms",
            "I. General provisions",
            "heading and chapter kept out of the text; a parent's text runs on into its items"),
        Arguments.of(
            "tip-protocol/art_6__para_3__subpara_c",
            "Medical, psychological and material assistance; and",
            "Assistance to and protection of victims of trafficking in persons",
            "II. Protection of victims of trafficking in persons",
            "lettered item of a numbered paragraph"),
        Arguments.of(
            "untoc/art_2__subpara_i",
            "“Controlled delivery” shall mean",
            "Use of terms",
            "",
            "(i) after (h) is the letter i, not roman one"),
        Arguments.of(
            "untoc/art_31__para_2__subpara_d__clause_iv",
            "The exchange of information contained in the records referred to in subparagraphs (d)",
            "Prevention",
            "",
            "(iv) continues the roman run (i)-(iii)"),
        Arguments.of(
            "untoc/art_6__para_1__subpara_a__clause_i",
            "The conversion or transfer of property",
            "Criminalization of the laundering of proceeds of crime",
            "",
            "'(a) (i) The conversion ...' on one line opens (a) and gives the words to (i)"),
        Arguments.of(
            "untoc/art_6__para_1__subpara_a",
            "The conversion or transfer of property",
            "Criminalization of the laundering of proceeds of crime",
            "",
            "(a) has no words of its own; its text is its clauses'"),
        Arguments.of(
            "untoc/art_5__para_1__subpara_a__clause_ii__subclause_b",
            "Other activities of the organized criminal group",
            "Criminalization of participation in an organized criminal group",
            "",
            "'b.' inside a roman clause is a subclause"),
        Arguments.of(
            "untoc/art_3__para_1",
            "This Convention shall apply, except as otherwise stated herein, to the prevention,"
                + " investigation and prosecution of: The offences established",
            "Scope of application",
            "",
            "the paragraph reads chapeau, items, then closing words in print order"),
        Arguments.of(
            "untoc/art_3__para_1__tail",
            "where the offence is transnational in nature and involves an organized criminal group.",
            "Scope of application",
            "",
            "unlabelled words after a list are the list owner's tail"),
        Arguments.of(
            "coe-cets-197/art_32__indent_2",
            "protecting and providing assistance to victims;",
            "General principles and measures for international co-operation",
            "Chapter VI – International co-operation and co-operation with civil society",
            "dash items of CETS 197 art. 32 are indents"),
        Arguments.of(
            "coe-cets-197/pp_8",
            "Bearing in mind the following recommendations of the Committee of Ministers to member"
                + " states of the Council of Europe: Recommendation No. R (91) 11",
            "",
            "",
            "a preambular paragraph spanning several lines stays one paragraph"),
        Arguments.of(
            "coe-cets-197/art_2",
            "This Convention shall apply to all forms of trafficking in human beings",
            "Scope",
            "Chapter I – Purposes, scope, non-discrimination principle and definitions",
            "an article without numbered paragraphs keeps its words as its own"));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("cases")
  void provisionHasItsWordsHeadingAndChapter(
      String id, String textStart, String heading, String section, String why) {
    Provision p = byId.get(id);
    assertTrue(p != null, "no provision " + id);
    assertTrue(p.text().startsWith(textStart), id + " text: " + p.text());
    assertEquals(heading, p.heading(), id + " heading");
    assertEquals(section, p.section(), id + " section");
  }

  @Test
  void formulaeAndHeadingsAreNoProvisionText() {
    for (Provision p : byId.values()) {
      if (p.source().origin().equals(Provenance.TRANSCRIBED)) {
        assertTrue(!p.ownText().startsWith("The States Parties to this Protocol,"), p.id() + "");
        assertTrue(!p.ownText().equals("Have agreed as follows:"), p.id() + "");
        assertTrue(!p.ownText().matches("Article \\d+"), p.id() + "");
        if (p.eid().matches("art_\\d+")) {
          assertTrue(!p.ownText().startsWith(p.heading()), p.id() + " heading in its text");
        }
      }
    }
  }
}
