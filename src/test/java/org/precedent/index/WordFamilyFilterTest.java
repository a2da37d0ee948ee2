package org.precedent.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.testing.AnalyzedTerms;
import org.precedent.testing.AnalyzedTerms.At;

/**
 * The stemmed chain's terms: KStem's output, with the "-c"/"-ck-" family it leaves apart joined.
 */
class WordFamilyFilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # words                   | terms (+n = position gap)  | why
          traffic                   | traffic                    | the base form is the family's term
          trafficking               | traffic                    | KStem leaves "traffick"
          trafficked persons        | traffic person             | KStem leaves "trafficke"
          traffickers               | traffic                    | KStem leaves "trafficker"
          Trafficking in Persons    | traffic +2person           | lower-cased first; the stopword leaves its gap
          attack attacker           | attac attac                | any -c word: one term for the family
          packer                    | packer                     | fewer than 3 letters before the c: left alone
          arc                       | arc                        | fewer than 3 letters before the c: left alone
          position of vulnerability | position +2vulnerable      | no c ending: KStem only
          tráfico                   | trafico                    | folded; no -ck- form
          """)
  void joinsTheFamily(String words, String expected) throws IOException {
    assertEquals(expected, terms(words));
  }

  static String terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    int previous = -1;
    for (At at : AnalyzedTerms.positioned(Analysis.english(), Fields.TEXT, text)) {
      int gap = at.position() - previous;
      out.add((gap > 1 && !out.isEmpty() ? "+" + gap : "") + at.term());
      previous = at.position();
    }
    return String.join(" ", out);
  }
}
