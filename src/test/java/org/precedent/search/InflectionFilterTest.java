package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stemmed-mode query words: KStem's output plus the "-c"/"-ck-" family it leaves apart. */
class InflectionFilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query words         | terms (/ = same position)                   | why
          traffic               | traffic/traffick/trafficke/trafficker       | base form finds -cking, -cked, -cker
          trafficking           | traffick/traffic/trafficke/trafficker       | KStem leaves "traffick"
          trafficked persons    | trafficke/traffic/traffick/trafficker person | KStem leaves "trafficke"
          traffickers           | trafficker/traffic/traffick/trafficke       | KStem leaves "trafficker"
          position of vulnerability | position vulnerable                     | stopword dropped, KStem unchanged
          arc                   | arc                                         | fewer than 3 letters before c: left alone
          victims               | victim                                      | no c ending: KStem only
          """)
  void expands(String words, String expected) throws IOException {
    assertEquals(expected, terms(words));
  }

  static String terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = SearchMode.STEMMED.analyzer().tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() == 0 && !out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + "/" + term);
        } else {
          out.add(term.toString());
        }
      }
      ts.end();
    }
    return String.join(" ", out);
  }
}
