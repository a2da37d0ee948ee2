package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Legal-weight changes from a precedent's wording (first column) to a draft's. */
class WeightDifferTest {
  private static final Normaliser NORMALISER = new Normaliser();
  private static final WeightDiffer DIFFER = new WeightDiffer();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "States Parties shall endeavour to undertake measures such as research",
            "States Parties should endeavour to undertake measures such as research",
            "weakens: shall endeavour → should endeavour",
            "Protocol art. 9 (2), modal weakened"),
        Arguments.of(
            "such return shall preferably be voluntary",
            "such return is voluntary",
            "strengthens: shall preferably → is",
            "Protocol art. 8 (2) vs first draft para. 32 (000 line 3738): 'is voluntary'"),
        Arguments.of(
            "such return is voluntary",
            "such return shall preferably be voluntary",
            "weakens: is → shall preferably",
            "the EU's and Japan's redraft towards the treaty (000 lines 3774-3785)"),
        Arguments.of(
            "Decides to formally launch the Plan of Action",
            "Encourages Member States to formally launch the Plan of Action",
            "weakens (operative verb): decides → encourages",
            "A/64/L.64 OP 2 (001 line 91), operative verb softened"),
        Arguments.of(
            "each State Party shall protect the privacy and identity of victims",
            "each State Party shall, as appropriate, protect the privacy and identity of victims",
            "weakens: adds 'as appropriate'",
            "Protocol art. 6 (1) with a qualifier added"),
        Arguments.of(
            "In appropriate cases each State Party shall protect the privacy of victims",
            "each State Party shall protect the privacy of victims",
            "strengthens: drops 'in appropriate cases'",
            "Protocol art. 6 (1) with its qualifier dropped"),
        Arguments.of(
            "Trafficked persons shall not be detained, charged or prosecuted",
            "Trafficked persons shall be detained, charged or prosecuted",
            "reverses: drops 'not'",
            "Principle 7 (003 line 2098) negation lost"),
        Arguments.of(
            "each State Party shall protect the privacy and identity of victims",
            "each State Party shall \uD835\uDC27\uD835\uDC28\uD835\uDC2D protect the privacy and"
                + " identity of victims",
            "reverses: adds 'not'",
            "Protocol art. 6 (1) with a negation pasted in mathematical bold"),
        Arguments.of(
            "States Parties shall establish comprehensive policies, programmes and other measures",
            "States Parties are free to establish comprehensive policies, programmes and other"
                + " measures",
            "weakens: shall → are free to",
            "Protocol art. 9 (1) made optional: not 'strengthens: shall → are'"),
        Arguments.of(
            "States Parties shall establish comprehensive policies, programmes and other measures",
            "States Parties are entitled to establish comprehensive policies, programmes and other"
                + " measures",
            "weakens: shall → are entitled to",
            "an entitlement is no duty"),
        Arguments.of(
            "Each State Party shall consider implementing measures to provide for the physical,"
                + " psychological and social recovery of victims",
            "Each State Party is encouraged to implement measures to provide for the physical,"
                + " psychological and social recovery of victims",
            "weakens: shall consider → is encouraged",
            "Protocol art. 6 (3) as an encouragement"),
        Arguments.of(
            "States Parties shall establish comprehensive policies, programmes and other measures",
            "States Parties are required to establish comprehensive policies, programmes and other"
                + " measures",
            "",
            "'are required to' binds as 'shall' does: nothing to flag"),
        Arguments.of(
            "authorities of States Parties shall cooperate with one another, in accordance with"
                + " domestic law",
            "authorities of States Parties shall cooperate with one another, in accordance with"
                + " their domestic law",
            "",
            "first draft para. 55 against Protocol art. 10 (1): 'their domestic law' is the same"
                + " qualifier, neither dropped nor added"),
        Arguments.of(
            "authorities of States Parties shall cooperate with one another, in accordance with"
                + " domestic law",
            "authorities of States Parties shall cooperate with one another, in conformity with"
                + " their domestic laws",
            "",
            "Protocol art. 10 (1): 'in conformity with their domestic laws' is the same qualifier"),
        Arguments.of(
            "each State Party shall, as appropriate, protect the privacy and identity of victims",
            "each State Party shall, where appropriate, protect the privacy and identity of victims",
            "",
            "'where appropriate' for 'as appropriate' changes nothing"),
        Arguments.of(
            "Each State Party shall consider implementing measures to provide for the physical,"
                + " psychological and social recovery of victims",
            "Each State Party shall, where appropriate, consider implementing measures to provide"
                + " for the physical, psychological and social recovery of victims",
            "weakens: adds 'where appropriate'",
            "Protocol art. 6 (3) with a qualifier added, and no 'shall consider → shall consider'"),
        Arguments.of(
            "Trafficked persons shall not be detained, charged or prosecuted",
            "Trafficked persons shall \uFF4E\uFF4F\uFF54 be detained, charged or prosecuted",
            "",
            "Principle 7 with its negation in full-width letters: nothing reversed"),
        Arguments.of(
            "to alleviate the factors that make persons, especially women and children, vulnerable"
                + " to trafficking",
            "to alleviate the factors that make persons vulnerable to trafficking",
            "broadens: drops 'especially women and children'",
            "Protocol art. 9 (4) scope"),
        Arguments.of(
            "Urge governments to take all appropriate measures",
            "Urge governments to take appropriate measures",
            "narrows: drops 'all'",
            "check-dev D04 wording, scope word dropped"),
        Arguments.of(
            "shall preferably be voluntary, as stipulated by Art. 8 of the Protocol",
            "shall preferably be voluntary, as stipulated by Art. 7 of the Protocol",
            "changes reference: article 8 → article 7",
            "EU comment (000 line 3778) with its cross-reference changed"),
        Arguments.of(
            "States Parties shall endeavour to undertake measures such as research",
            "States Parties shall endeavour to undertake measures such as research",
            "",
            "identical wording: nothing flagged"),
        Arguments.of(
            "Each State Party shall consider implementing measures to provide for the physical,"
                + " psychological and social recovery of victims",
            "Each State Party should, as appropriate, consider implementing measures to provide for"
                + " the physical, psychological and social recovery of victims",
            "weakens: shall consider → should consider",
            "Protocol art. 6 (3) with a qualifier between the modal and its verb"),
        Arguments.of(
            "States Parties shall endeavour to undertake measures such as research",
            "Recognizing that States Parties shall endeavour to undertake measures such as research",
            "",
            "an opening resolution verb framing quoted treaty words changes no obligation"));
  }

  /**
   * A draft stopping inside a list: every word is the provision's, and it was agreed language. The
   * items it stops before are named.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Trafficked persons shall not be detained, charged or prosecuted for the illegality of"
            + " their entry|Trafficked persons shall not be detained|narrows: drops 'charged or"
            + " prosecuted' after 'detained'",
        "the recruitment, transportation, transfer, harbouring or receipt of persons|the"
            + " recruitment, transportation, transfer|narrows: drops 'harbouring or receipt'"
            + " after 'transfer'",
        "Trafficked persons shall not be detained, charged or prosecuted|Trafficked persons"
            + " shall not be detained, charged or prosecuted|",
        "States Parties shall cooperate, as appropriate, and share information|States Parties"
            + " shall cooperate|drops: 'as appropriate, and share information'",
        "such offences shall be prosecuted and punished in accordance with that law|such offences"
            + " shall be prosecuted|narrows: drops 'and punished' after 'prosecuted'",
      })
  void aDraftStoppingInsideAListDropsTheItemsAfter(String precedent, String draft, String effect) {
    // Aligned as the check aligns a draft that is the provision's opening words: up to its end.
    List<Token> before = NORMALISER.normalise(precedent).tokens();
    List<Token> after = NORMALISER.normalise(draft).tokens();
    List<Token> aligned = before.subList(0, after.size());
    WordDiff diff = WordDiff.of(aligned, precedent, after, draft);
    List<String> changes =
        DIFFER.diff(precedent, before, 0, after.size(), after, diff.changes()).stream()
            .map(WeightChange::effect)
            .toList();
    assertEquals(effect == null ? List.of() : List.of(effect), changes);
  }

  /**
   * "shall, where appropriate, consider" for "shall consider" adds the qualifier and nothing else:
   * read as "shall" it was also "strengthens: shall consider → shall consider".
   */
  @org.junit.jupiter.api.Test
  void aModalReadTheSameOnBothSidesIsNoChange() {
    List<String> changes =
        effects(
            "Each State Party shall consider implementing measures to provide for the physical,"
                + " psychological and social recovery of victims",
            "Each State Party shall, where appropriate, consider implementing measures to provide"
                + " for the physical, psychological and social recovery of victims");
    assertEquals(List.of("weakens: adds 'where appropriate'"), changes);
  }

  /** The effects of the weight changes from {@code precedent}, aligned whole, to {@code draft}. */
  static List<String> effects(String precedent, String draft) {
    List<Token> before = NORMALISER.normalise(precedent).tokens();
    List<Token> after = NORMALISER.normalise(draft).tokens();
    WordDiff diff = WordDiff.of(before, precedent, after, draft);
    return DIFFER.diff(precedent, before, 0, before.size(), after, diff.changes()).stream()
        .map(WeightChange::effect)
        .toList();
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("cases")
  void flags(String precedent, String draft, String effect, String why) {
    List<String> changes = effects(precedent, draft);
    if (effect.isEmpty()) {
      assertEquals(List.of(), changes, why);
    } else {
      assertTrue(changes.contains(effect), why + ": " + changes);
    }
  }

  /**
   * A provision aligned from its second part on, as alignment leaves out words a draft does not
   * share (from its start where the first part is empty): every change flagged, in order.
   */
  static Stream<Arguments> partlyAligned() {
    String rest =
        " implementing measures to provide for the physical, psychological and social"
            + " recovery of victims of trafficking in persons";
    return Stream.of(
        Arguments.of(
            "Each State Party",
            "shall consider" + rest,
            "States shall consider" + rest,
            List.of(),
            "Protocol art. 6 (3) with a new subject: the draft keeps 'shall consider', which was"
                + " said dropped"),
        Arguments.of(
            "Each State Party shall",
            "consider" + rest,
            "States Parties should consider" + rest,
            List.of("weakens: shall consider → should consider"),
            "Protocol art. 6 (3), shall made should: alignment starts at 'consider', and the"
                + " change was said to add 'should consider'"),
        Arguments.of(
            "Each State Party shall",
            "consider" + rest,
            "Recognizing the need to consider" + rest,
            List.of("weakens: shall consider → recognizing"),
            "an obligation to consider made a resolution's recognition of the need"),
        Arguments.of(
            "States shall",
            "ensure that trafficked persons are protected from further exploitation and harm",
            "States are encouraged to ensure that trafficked persons are protected from further"
                + " exploitation and harm",
            List.of("weakens: shall → are encouraged"),
            "Principle 8's 'shall' made an encouragement: the 'are' of 'are encouraged' was read"
                + " as a categorical 'are', and the change said to strengthen"),
        Arguments.of(
            "",
            "Each State Party shall ensure that its domestic legal system contains measures",
            "Each State Party shall consider ensuring that its domestic legal system contains"
                + " measures",
            List.of("weakens: adds 'consider'"),
            "Protocol art. 6 (6): the qualifier the modal gained, said once"),
        Arguments.of(
            "",
            "States shall ensure that trafficked persons are protected from further exploitation",
            "States shall, in accordance with their domestic law, ensure that trafficked persons"
                + " are protected from further exploitation",
            List.of("weakens: adds 'in accordance with their domestic law'"),
            "the plural form of a resolution's condition"),
        Arguments.of(
            "We, the States Members of the United Nations, are",
            "determined to prevent and combat trafficking in persons",
            "Decide to prevent and combat trafficking in persons",
            List.of(),
            "a categorical 'are' obliges no one, so a resolution's verb for it weakens nothing"),
        Arguments.of(
            "",
            "Each State Party shall consider" + rest,
            "Each State Party shall, as appropriate, consider" + rest,
            List.of("weakens: adds 'as appropriate'"),
            "a qualifier inserted beside the modal: only the qualifier is flagged"),
        Arguments.of(
            "In appropriate cases and to the extent possible under its domestic law, each State"
                + " Party",
            "shall protect the privacy and identity of victims of trafficking in persons",
            "States shall protect the privacy and identity of victims of trafficking in persons",
            List.of(
                "strengthens: drops 'in appropriate cases'",
                "strengthens: drops 'to the extent possible'",
                "strengthens: drops 'under its domestic law'"),
            "Protocol art. 6 (1)'s obligation quoted without the conditions opening its sentence"),
        Arguments.of(
            "In appropriate cases, each State Party",
            "shall protect the privacy and identity of victims of trafficking in persons",
            "In appropriate cases, States shall protect the privacy and identity of victims of"
                + " trafficking in persons",
            List.of(),
            "the draft keeps the condition, though alignment leaves it out"),
        Arguments.of(
            "In appropriate cases, each State Party shall protect",
            "the privacy and identity of victims of trafficking in persons",
            "the privacy and identity of victims of trafficking in persons",
            List.of(),
            "words without the modal quote no obligation, so none of its conditions is dropped"),
        Arguments.of(
            "As appropriate, States shall cooperate. Each State Party",
            "shall protect the privacy and identity of victims of trafficking in persons",
            "States shall protect the privacy and identity of victims of trafficking in persons",
            List.of(),
            "a condition of the sentence before is not one of the quoted obligation's"),
        Arguments.of(
            "Policies established in accordance with this article shall, as appropriate, include"
                + " cooperation with",
            "non-governmental organizations. States Parties shall take measures to alleviate the"
                + " factors that make persons vulnerable to trafficking.",
            "non-governmental organizations. States Parties shall take measures to alleviate the"
                + " factors that make persons vulnerable to trafficking.",
            List.of(),
            "Protocol art. 9 (3)-(4): the modal the aligned part holds is the next sentence's, and"
                + " the condition is not its"),
        Arguments.of(
            "States Parties may consider entering into agreements on the transfer of sentenced"
                + " persons,",
            "in order that they may complete their sentences there.",
            "in order that they may complete their sentences there.",
            List.of(),
            "UNTOC art. 17: the aligned part's modal is a clause's, the sentence's own comes"
                + " before it"),
        Arguments.of(
            "States parties should consider providing, where appropriate, assistance to all"
                + " potential victims",
            "of trafficking in persons, including to victims who are minors",
            "of trafficking in persons, including to victims who are minors",
            List.of(),
            "WG 2010 para. 12: a categorical 'are' in a relative clause quotes no obligation"),
        Arguments.of(
            "",
            "each State Party shall protect the privacy and identity of victims",
            "each State Party shall, as appropriate, protect the privacy and identity of victims",
            List.of("weakens: adds 'as appropriate'"),
            "Protocol art. 6 (1) with a qualifier beside its modal: said once, not also as 'shall →"
                + " shall as appropriate'"),
        Arguments.of(
            "",
            "In appropriate cases, each State Party shall protect the privacy of victims",
            "States shall, in appropriate cases, protect the privacy of victims",
            List.of(),
            "'shall' moved before the condition is neither added nor dropped"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("partlyAligned")
  void flagsAgainstTheAlignedPart(
      String unaligned, String aligned, String draft, List<String> effects, String why) {
    String provision = unaligned.isEmpty() ? aligned : unaligned + " " + aligned;
    int start = NORMALISER.normalise(unaligned).tokens().size();
    int end = NORMALISER.normalise(provision).tokens().size();
    assertEquals(effects, effects(provision, start, end, draft), why);
  }

  /** The effects of the changes from {@code provision}'s tokens [start, end) to {@code draft}. */
  private static List<String> effects(String provision, int start, int end, String draft) {
    List<Token> tokens = NORMALISER.normalise(provision).tokens();
    List<Token> after = NORMALISER.normalise(draft).tokens();
    WordDiff diff = WordDiff.of(tokens.subList(start, end), provision, after, draft);
    return DIFFER.diff(provision, tokens, start, end, after, diff.changes()).stream()
        .map(WeightChange::effect)
        .toList();
  }

  /**
   * A provision whose aligned part ({@code aligned}) is followed by words the draft does not share
   * ({@code tail}): a qualifier or a condition closing the obligation's sentence is dropped with
   * it.
   */
  static Stream<Arguments> closingQualifiers() {
    String art3b =
        "The consent of a victim of trafficking in persons to the intended exploitation set forth"
            + " in subparagraph (a) of this article shall be irrelevant";
    String art7 =
        "each State Party shall consider adopting legislative or other appropriate measures that"
            + " permit victims of trafficking in persons to remain in its territory, temporarily or"
            + " permanently";
    return Stream.of(
        Arguments.of(
            art7,
            ", in appropriate cases.",
            art7 + ".",
            List.of("strengthens: drops 'in appropriate cases'"),
            "Protocol art. 7 (1) quoted up to its closing qualifier"),
        Arguments.of(
            art7,
            ", in appropriate cases.",
            art7 + ", as appropriate.",
            List.of(),
            "the closing qualifier said another way is kept"),
        Arguments.of(
            art7,
            ", in appropriate cases.",
            art7 + ", in appropriate cases.",
            List.of(),
            "the closing qualifier written as the treaty has it, though alignment leaves it out"),
        Arguments.of(
            art7,
            ", including, where appropriate, by granting them residence permits.",
            art7 + ".",
            List.of("drops: 'including, where appropriate, by granting them residence permits'"),
            "a qualifier inside a clause of its own after the aligned part is that clause's, and"
                + " the clause is dropped whole"),
        Arguments.of(
            "each State Party shall ensure that its domestic legal system contains measures that"
                + " provide to victims of trafficking in persons",
            ", in appropriate cases:",
            "each State Party shall ensure that its domestic legal system contains measures that"
                + " provide to victims of trafficking in persons the possibility of obtaining"
                + " compensation.",
            List.of(),
            "A/64/290 para. 63 against para. 61 (seed 000): a draft going on with other words"
                + " states another obligation, with conditions of its own"),
        Arguments.of(
            "victims of trafficking in persons remain in its territory",
            ", in appropriate cases.",
            "victims of trafficking in persons remain in its territory.",
            List.of(),
            "words without the sentence's modal quote no obligation"),
        Arguments.of(
            art3b,
            " where any of the means set forth in subparagraph (a) have been used;",
            art3b + ".",
            List.of(
                "broadens: drops the condition 'where any of the means set forth in subparagraph"
                    + " (a) have been used'"),
            "Protocol art. 3 (b) without its condition: consent irrelevant whatever the means"),
        Arguments.of(
            art3b,
            " where any of the means set forth in subparagraph (a) have been used;",
            art3b + " if such means were used.",
            List.of(),
            "a draft going on past the aligned part may state the condition its own way"),
        Arguments.of(
            art3b,
            ". Where any of the means set forth in subparagraph (a) have been used, it is void.",
            art3b + ".",
            List.of(),
            "a clause of the next sentence is no condition of this one"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("closingQualifiers")
  void flagsWhatClosesTheQuotedSentence(
      String aligned, String tail, String draft, List<String> effects, String why) {
    int end = NORMALISER.normalise(aligned).tokens().size();
    assertEquals(effects, effects(aligned + tail, 0, end, draft), why);
  }

  /**
   * A provision's sentence quoted without a part of it (before the quoted part, {@code before}, or
   * after it, {@code after}): every word the draft keeps is agreed, but the obligation it states is
   * not the provision's. Parts already named for what they do (qualifiers, conditions, list items)
   * are not named again; a whole sentence or list item, and words reporting a quotation, drop
   * nothing.
   */
  static Stream<Arguments> leftOutOfTheSentence() {
    String art14 =
        "Nothing in this Protocol shall affect the rights, obligations and responsibilities of"
            + " States and individuals under international law";
    String refugees =
        "including international humanitarian law and international human rights law and, in"
            + " particular, where applicable, the 1951 Convention and the 1967 Protocol relating to"
            + " the Status of Refugees and the principle of non-refoulement as contained therein";
    String art11 =
        "States Parties shall strengthen, to the extent possible, such border controls as may be"
            + " necessary to prevent and detect trafficking in persons.";
    String art3c =
        "the recruitment, transportation, transfer, harbouring or receipt of a child for the"
            + " purpose of exploitation shall be considered trafficking in persons even if this"
            + " does not involve any of the means set forth above";
    String art3a =
        "“Trafficking in persons” shall mean the recruitment, transportation, transfer,"
            + " harbouring or receipt of persons, by means of the threat or use of force, for the"
            + " purpose of exploitation; (b) The consent of a victim of trafficking in persons to"
            + " the intended exploitation set forth in";
    return Stream.of(
        Arguments.of(
            "",
            art14,
            ", " + refugees + ".",
            art14 + ".",
            List.of("drops: '" + refugees + "'"),
            "Protocol art. 14 (1) (tip-protocol.txt:203) without the Refugee Convention and"
                + " non-refoulement"),
        Arguments.of(
            "Without prejudice to international commitments in relation to the free movement of"
                + " people,",
            art11,
            "",
            art11,
            List.of(
                "drops: 'Without prejudice to international commitments in relation to the free"
                    + " movement of people'"),
            "art. 11 (1) (tip-protocol.txt:169) without its opening saving clause"),
        Arguments.of(
            "",
            "Each State Party shall ensure that its domestic legal system contains measures that"
                + " offer victims of trafficking in persons the possibility of obtaining"
                + " compensation",
            " for damage suffered.",
            "Each State Party shall ensure that its domestic legal system contains measures that"
                + " offer victims of trafficking in persons the possibility of obtaining"
                + " compensation.",
            List.of("drops: 'for damage suffered'"),
            "art. 6 (6) (tip-protocol.txt:103) without the phrase closing it"),
        Arguments.of(
            "Recalling that, without prejudice to international commitments in relation to the"
                + " free movement of people,",
            art11,
            "",
            "Recalling that " + art11,
            List.of(),
            "a draft opening with words of its own frames the quotation in them"),
        Arguments.of(
            "In appropriate cases and to the extent possible under its domestic law,",
            "each State Party shall protect the privacy and identity of victims",
            "",
            "each State Party shall protect the privacy and identity of victims",
            List.of(
                "strengthens: drops 'in appropriate cases'",
                "strengthens: drops 'to the extent possible'",
                "strengthens: drops 'under its domestic law'"),
            "art. 6 (1)'s opening conditions are named as such, not again as a part dropped"),
        Arguments.of(
            "The measures set forth in this Protocol shall be interpreted and applied in a way that"
                + " is not discriminatory to persons on the ground that they are victims of"
                + " trafficking in persons.",
            "The interpretation and application of those measures shall be consistent with"
                + " internationally recognized principles of non-discrimination.",
            "",
            "The interpretation and application of those measures shall be consistent with"
                + " internationally recognized principles of non-discrimination.",
            List.of(),
            "art. 14 (2) (tip-protocol.txt:205): one whole sentence of a provision of two"),
        Arguments.of(
            "For the purposes of this Protocol: (a) “Trafficking in persons” shall mean the"
                + " recruitment of persons for the purpose of exploitation; (d)",
            "“Child” shall mean any person under eighteen years of age.",
            "",
            "“Child” shall mean any person under eighteen years of age.",
            List.of(),
            "art. 3 (tip-protocol.txt:45-53): one item of a list, its label left out"),
        Arguments.of(
            "The Protocol further states that",
            art3c,
            " (article 3 (c)).",
            art3c + ".",
            List.of(),
            "OHCHR footnote 6: the words reporting a quotation, and its reference, are no part of"
                + " it"),
        Arguments.of(
            "",
            art3a,
            " subparagraph (a) of this article shall be irrelevant where any of the means set"
                + " forth in subparagraph (a) have been used;",
            art3a,
            List.of(),
            "dev D01: a part running on into art. 3 (b) quotes none of its obligation"));
  }

  @ParameterizedTest(name = "{5}")
  @MethodSource("leftOutOfTheSentence")
  void namesWhatTheSentenceLosesBeforeOrAfterTheQuotedPart(
      String before, String aligned, String after, String draft, List<String> effects, String why) {
    String provision = before.isEmpty() ? aligned + after : before + " " + aligned + after;
    int start = NORMALISER.normalise(before).tokens().size();
    int end = start + NORMALISER.normalise(aligned).tokens().size();
    assertEquals(effects, effects(provision, start, end, draft), why);
  }

  /** Provision texts from the shipped corpus, and whether they state an obligation. */
  static Stream<Arguments> obligations() {
    return Stream.of(
        Arguments.of(
            "Trafficked persons shall not be detained, charged or prosecuted for the illegality of"
                + " their entry",
            true,
            "Principle 7: shall"),
        Arguments.of(
            "States Parties shall endeavour to undertake measures such as research",
            true,
            "Protocol art. 9 (2): shall endeavour still binds"),
        Arguments.of(
            "Ensuring that trafficked persons are not prosecuted for violations of immigration laws",
            false,
            "Guideline 2 (5): a categorical 'are' under 'should consider' binds no one"),
        Arguments.of(
            "States parties should ensure that, provisions for the non-punishment and"
                + " non-prosecution of trafficked persons",
            false,
            "Working Group recommendation: should"),
        Arguments.of(
            "each State Party shall consider adopting legislative or other appropriate measures",
            false,
            "Protocol art. 7 (1): shall consider is not an obligation to act"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("obligations")
  void statesAnObligation(String text, boolean binds, String why) {
    assertEquals(binds, DIFFER.binds(NORMALISER.normalise(text).tokens()), why);
  }

  /**
   * A negation said another way ("prevents ... from being prosecuted", "are not prosecuted")
   * reverses nothing; a text that loses its only negation, however it was said, is reversed.
   */
  @ParameterizedTest(name = "{3}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "legislation prevents trafficked persons from being prosecuted, detained or punished"
            + " | legislation ensures that trafficked persons are not prosecuted, detained or punished"
            + " | | Guideline 4 (5) as a draft says it: no reversal",
        "States should refrain from detaining victims of trafficking"
            + " | States should not detain victims of trafficking"
            + " | | refraining is not doing: no reversal",
        "legislation prevents trafficked persons from being prosecuted"
            + " | legislation ensures that trafficked persons are prosecuted"
            + " | reverses: drops 'from being' | the only negation gone",
        "Trafficked persons shall not be detained"
            + " | Trafficked persons shall be detained"
            + " | reverses: drops 'not' | Principle 7 reversed",
      })
  void negationSaidAnotherWay(String precedent, String draft, String reversal, String why) {
    List<String> reversals =
        effects(precedent, draft).stream().filter(e -> e.startsWith("reverses")).toList();
    assertEquals(reversal == null ? List.of() : List.of(reversal), reversals, why);
  }

  /**
   * Words of weight count as added only near the words the draft shares with the precedent, and as
   * dropped only when the whole draft lacks them: a long paragraph sharing one clause holds words
   * of its own far from it, and may move a clause of the precedent away from the rest.
   */
  @ParameterizedTest(name = "{3}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "each State Party shall protect the privacy and identity of victims of trafficking in"
            + " persons | each State Party shall protect the privacy and identity of victims of"
            + " trafficking in persons, and the Conference invites the international community to"
            + " take into account the situation and the particular needs of all countries of origin"
            + " | | a scope word far from the shared clause is not added to it",
        "each State Party shall protect the privacy and identity of victims of trafficking in"
            + " persons | in appropriate cases, each State Party shall protect the privacy and"
            + " identity of victims of trafficking in persons | weakens: adds 'in appropriate cases'"
            + " | a qualifier opening the shared clause is added",
        "to discourage the demand that fosters exploitation of persons, especially women and"
            + " children, that leads to trafficking | to discourage the demand that fosters"
            + " exploitation of persons that leads to trafficking and inform the general public"
            + " through education and the effective involvement of mass media and of"
            + " non-governmental organizations, especially women and children | | a clause moved"
            + " to the end of the paragraph is not dropped",
      })
  void nearTheSharedWords(String precedent, String draft, String counted, String why) {
    assertEquals(counted == null ? List.of() : List.of(counted), effects(precedent, draft), why);
  }

  /**
   * A word and the same word with a negating prefix are a reversal, however close their letters:
   * OCR tolerance had read "relevant" as a damaged "irrelevant". Real text, tip-protocol.txt line
   * numbers and seed 003 (the Principles).
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The consent of a victim of trafficking in persons to the intended exploitation set forth in"
            + " subparagraph (a) of this article shall be irrelevant where any of the means set forth"
            + " in subparagraph (a) have been used | The consent of a victim of trafficking in"
            + " persons to the intended exploitation set forth in subparagraph (a) of this article"
            + " shall be relevant where any of the means set forth in subparagraph (a) have been used"
            + " | reverses: 'irrelevant' → 'relevant' | art. 3 (b), line 49: consent made relevant"
            + "",
        "shall be relevant where any of the means set forth in subparagraph (a) have been used"
            + " | shall be irrelevant where any of the means set forth in subparagraph (a) have been"
            + " used | reverses: 'relevant' → 'irrelevant' | the prefix added is as much a reversal",
        "shall, as appropriate, include cooperation with non-governmental organizations, other"
            + " relevant organizations | shall, as appropriate, include cooperation with governmental"
            + " organizations, other relevant organizations | reverses: 'non-governmental' →"
            + " 'governmental' | art. 9 (3), line 143: 'non-' written apart, then dropped",
        "shall, as appropriate, include cooperation with non-governmental organizations, other"
            + " relevant organizations | shall, as appropriate, include cooperation with"
            + " nongovernmental organizations, other relevant organizations | | art. 9 (3):"
            + " 'nongovernmental' is the same word joined, no reversal",
        "shall, as appropriate, include cooperation with non-governmental organizations, other"
            + " relevant organizations | shall, as appropriate, include cooperation with other"
            + " relevant organizations | | art. 9 (3): 'non-governmental organizations' left out"
            + " whole reverses nothing",
        "to prevent their unlawful creation, issuance and use | to prevent their lawful creation,"
            + " issuance and use | reverses: 'unlawful' → 'lawful' | art. 12 (b), line 189",
        "in cooperation with non-governmental organizations, other relevant organizations and other"
            + " elements of civil society, and, in particular, the provision of | in cooperation"
            + " with non-governmental organizations, other relevant organizations and other"
            + " elements of civil society, and, in particular, the provision of information | |"
            + " art. 6 (3), line 89: 'information' is no negation of anything",
        "the identification of victims, including by taking into account the need for special"
            + " protection of migration | the identification of victims, including by taking into"
            + " account the need for special protection of immigration | | 'immigration' is no"
            + " negation of 'migration'",
        "in accordance with the applicable rules of international law on migrants | in accordance"
            + " with the applicable rules of international law on immigrants | | nor 'immigrants'"
            + " of 'migrants'",
      })
  void aNegatingPrefixReverses(String precedent, String draft, String reversal, String why) {
    List<String> reversals =
        effects(precedent, draft).stream().filter(e -> e.startsWith("reverses")).toList();
    assertEquals(reversal == null ? List.of() : List.of(reversal), reversals, why);
  }

  /**
   * A qualifier moved within the sentence is no change, and a group left out of an emphasis the
   * draft keeps narrows it. Real text: Protocol art. 10 (1) (tip-protocol.txt:153), art. 9 (4)
   * (line 145) and art. 9 (1) (b) (line 139), changed as drafts change them.
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "authorities of States Parties shall, as appropriate, cooperate with one another by"
            + " exchanging information | authorities of States Parties shall cooperate with one"
            + " another, as appropriate, by exchanging information | | 'as appropriate' only"
            + " moved, nothing dropped",
        "authorities of States Parties shall, as appropriate, cooperate with one another by"
            + " exchanging information | authorities of States Parties shall cooperate with one"
            + " another by exchanging information | strengthens: drops 'as appropriate' | art. 10 (1)"
            + " with the qualifier dropped is still flagged",
        "authorities of States Parties shall, as appropriate, cooperate with one another by"
            + " exchanging information to enable them to determine whether individuals crossing an"
            + " international border are victims | authorities of States Parties shall cooperate"
            + " with one another by exchanging information to enable them, as appropriate, to"
            + " determine whether individuals crossing an international border are victims"
            + " | strengthens: shall as appropriate → shall | moved to another verb: cooperating"
            + " becomes unconditional",
        "to alleviate the factors that make persons, especially women and children, vulnerable to"
            + " trafficking | to alleviate the factors that make persons, especially children,"
            + " vulnerable to trafficking | narrows: drops 'women' from 'especially women and"
            + " children' | the emphasis kept, women left out of it",
        "to protect victims of trafficking in persons, especially women and children, from"
            + " revictimization | to protect victims of trafficking in persons, especially women,"
            + " from revictimization | narrows: drops 'children' from 'especially women and"
            + " children' | art. 9 (1) (b), the other group left out",
        "to alleviate the factors that make persons, especially women and children, vulnerable to"
            + " trafficking | to alleviate the factors that make persons vulnerable to trafficking"
            + " | broadens: drops 'especially women and children' | the emphasis dropped whole"
            + " broadens, as before",
      })
  void movedOrNarrowedNotDropped(String precedent, String draft, String effect, String why) {
    assertEquals(effect == null ? List.of() : List.of(effect), effects(precedent, draft), why);
  }
}
