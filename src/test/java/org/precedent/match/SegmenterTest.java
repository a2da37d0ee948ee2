package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Segments from real draft text: count, labels, first words, and exact offsets. */
class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "34. Ensure that countries of origin accept their nationals who are victims of"
                + " trafficking in persons back and guarantee such return is conducted with due"
                + " regard for safety and shall preferably be voluntary, consistent with relevant"
                + " international legal obligations;",
            List.of("34.|Ensure that"),
            "001 line 183: numbered annex paragraph, label stripped"),
        Arguments.of(
            "PP.4 Recognizing that broad international cooperation is needed;\n"
                + "OP6. Urges Member States to consider ratifying the Protocol;\n"
                + "1bis. Ensure the safety of victims;",
            List.of("PP.4|Recognizing that", "OP6.|Urges Member", "1bis.|Ensure the"),
            "negotiation labels PP.4, OP6., 1bis. on their own lines"),
        Arguments.of(
            "Each State Party shall consider implementing measures to provide for the physical,"
                + " psychological and social recovery of victims of trafficking in persons, and, in"
                + " particular, the provision of: (a) Appropriate housing; (b) Counselling and"
                + " information, in particular as regards their legal rights, in a language that"
                + " the victims of trafficking in persons can understand;",
            List.of("|Each State", "(a)|Appropriate housing;", "(b)|Counselling and"),
            "Protocol art. 6 (3): chapeau and lettered subparagraphs (the 2-word (a) keeps its"
                + " label)"),
        Arguments.of(
            "EU: Ensuring the commitment by countries of origin to accept their nationals back and"
                + " ensuring that the return is conducted with due regard to safety and shall"
                + " preferably be voluntary, as stipulated by Art. 8 of the Protocol to Prevent,"
                + " Suppress and Punish Trafficking in Persons;",
            List.of("|EU: Ensuring"),
            "000 lines 3774-3779: 'Art. 8' does not end the sentence"),
        Arguments.of(
            "A major focus of the Principles and Guidelines is prevention of trafficking. It is not"
                + " enough for us to react. To truly make a difference we must work at prevention."
                + " We must identify and alleviate the factors that fuel human trafficking.",
            List.of("|A major", "|It is", "|To truly", "|We must"),
            "003 line 1644: a statement, one segment per sentence"),
        Arguments.of(
            "States parties were encouraged to develop partnerships with the private sector; mutatis"
                + " mutandis.\n\n\n19. States parties were encouraged to develop partnerships.",
            List.of("|States parties", "19.|States parties"),
            "004 line 82: two-word clause merges into the one before; blank lines"
                + " separate paragraphs"),
        Arguments.of(
            "States Parties shall establish comprehensive policies, programmes and other measures:"
                + " (a) To prevent and combat trafficking in persons; and (b) To protect victims of"
                + " trafficking in persons, especially women and children, from revictimization.",
            List.of("|States Parties", "(a)|To prevent", "(b)|To protect victims"),
            "Protocol art. 9 (1): the 'and' before the last item goes with the ';', so (b) is its"
                + " label, not a word"),
        Arguments.of(
            "As soon as an unaccompanied child is identified as a victim, each Party shall: a."
                + " provide for representation of the child by a legal guardian; b. take the"
                + " necessary steps to establish his/her identity and nationality;",
            List.of("|As soon", "a.|provide for", "b.|take the"),
            "CETS 197 art. 10 (4): items lettered 'a.', 'b.'"),
        Arguments.of(
            "\uFEFFStates Parties shall endeavour to undertake measures such as research,"
                + " information and mass media campaigns and social and economic initiatives to"
                + " prevent and combat trafficking in persons.",
            List.of("|States Parties"),
            "a UTF-8 file's byte order mark is no part of the first segment"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void segments(String draft, List<String> expected, String why) {
    List<Segment> segments = segmenter.segment(draft);
    assertEquals(expected.size(), segments.size(), why + ": " + segments);
    for (int i = 0; i < expected.size(); i++) {
      String[] want = expected.get(i).split("\\|", -1);
      Segment s = segments.get(i);
      assertEquals(want[0], s.label(), why);
      assertEquals(true, s.text().startsWith(want[1]), why + ": " + s.text());
      assertEquals(s.text(), draft.substring(s.start(), s.end()), why + ": offsets");
    }
  }
}
