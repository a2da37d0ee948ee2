package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;

/**
 * Tokens kept as offsets and made on demand: each made token must be the one the tokenizer's span
 * describes, a joined compound one word over its parts, and a token the finder passes over from its
 * characters alone one it would have passed over as a token. Read over the shipped corpus's
 * provisions, in English, Spanish and French.
 */
class TokensTest {
  static CitationGrammar grammar;
  static List<Provision> provisions;

  /** Words the finder reads itself: "ibid", "id" and "its". */
  static final Set<String> FINDERS_OWN = Set.of("ibid", "id", "its");

  @BeforeAll
  static void load() {
    Corpus corpus = Corpus.load(Path.of("corpus"));
    grammar = CitationGrammar.load(corpus.instruments());
    provisions = corpus.allProvisions();
  }

  @Test
  void madeTokensAreTheirSpans() {
    int checked = 0;
    for (Provision p : provisions) {
      String text = p.text();
      Tokens t = grammar.compounds().join(Tokenizer.scan(text));
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        String span = text.substring(tok.start(), tok.end());
        assertEquals(span, tok.text(), () -> p.id() + " at " + tok.start());
        assertEquals(span.chars().allMatch(c -> c < 128), tok.isAscii(), span);
        assertEquals(tok.type(), t.type(i), span);
        assertSame(tok, t.get(i), "the same token each time");
        checked++;
      }
    }
    assertEquals(true, checked > 100_000, "tokens read: " + checked);
  }

  @Test
  void passesOverExactlyTheTokensNoCitationCanBeginAt() {
    int passed = 0;
    int kept = 0;
    for (Provision p : provisions) {
      Tokens t = grammar.compounds().join(Tokenizer.scan(p.text()));
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        boolean plain =
            tok.isAscii() && (tok.isWord() || tok.type() == Token.Type.PUNCT) && tok.length() > 0;
        // Passed over: a plain word or mark that begins nothing, and not one of the words the
        // finder reads before asking the grammar.
        boolean nothing = plain && !grammar.mayBegin(tok) && !FINDERS_OWN.contains(tok.key());
        boolean skipped = grammar.beginsNothing(t, i);
        assertEquals(true, !skipped || nothing, () -> p.id() + ": passed over " + tok);
        // And every such token but a word in "i" is passed over from its characters.
        boolean expected = nothing && !tok.keyStartsWith('i');
        assertEquals(true, !expected || skipped, () -> p.id() + ": read " + tok);
        if (skipped) {
          passed++;
        } else {
          kept++;
        }
      }
    }
    // Most tokens are passed over; many are not ("the", names, marks of other scripts).
    assertEquals(true, passed > 2 * kept, passed + " passed over, " + kept + " read");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "see sub-paragraph (b)|see,sub-paragraph,(,b,)",
        "see sub\u2011paragraph (b)|see,sub\u2011paragraph,(,b,)",
        "de l'article 6|de,l',article,6",
        "the Secretary-General|the,Secretary,-,General",
        "the State's obligation|the,State,',s,obligation",
        "le dix-septième alinéa|le,dix-septième,alinéa",
      })
  void joinsTheGrammarsCompoundsOnly(String text, String expected) {
    Tokens t = grammar.compounds().join(Tokenizer.scan(text));
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      got.append(i == 0 ? "" : ",").append(t.get(i).text());
    }
    assertEquals(expected, got.toString());
  }
}
