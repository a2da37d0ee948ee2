package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.precedent.corpus.Corpus;
import org.precedent.corpus.Provision;

/**
 * Tokens kept as offsets and made on demand: each made token must be the one the tokenizer's span
 * describes, a joined compound one word over its parts, and passing over tokens from their
 * characters alone must change no reference the finder reads. Read over the shipped corpus's
 * provisions, in English, Spanish and French, and over the seeds where they are present.
 */
class TokensTest {
  static CitationGrammar grammar;
  static List<Provision> provisions;

  /** Words the finder reads itself: "ibid", "id" and "its". */
  static final Set<String> FINDERS_OWN = Set.of("ibid", "id", "its");

  static final Path SEEDS = Path.of("..", "shared", "seeds");

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

  /** The corpus's provisions, then the seeds where they are present. */
  static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    provisions.forEach(p -> texts.add(p.text()));
    if (Files.isDirectory(SEEDS)) {
      // The seeds as the API takes them: OCR debris, other languages, "Ibid." and "Id." notes.
      try (Stream<Path> files = Files.list(SEEDS)) {
        for (Path f : files.sorted().toList()) {
          String seed = Files.readString(f);
          for (int s = 0; s < seed.length(); s += 60_000) {
            texts.add(seed.substring(s, Math.min(seed.length(), s + 60_000)));
          }
        }
      }
    }
    return texts;
  }

  @Test
  void passingOverChangesNoReference() throws IOException {
    CitationFinder quick = new CitationFinder(grammar);
    CitationFinder slow = new CitationFinder(grammar, false);
    int references = 0;
    for (String text : texts()) {
      List<Reference> expected = slow.find(text);
      assertEquals(
          expected, quick.find(text), () -> text.substring(0, Math.min(80, text.length())));
      references += expected.size();
    }
    assertEquals(true, references > 2_000, "references read: " + references);
  }

  @Test
  void passesOverMostTokensAndNeverTheFindersOwnWords() {
    int passed = 0;
    int kept = 0;
    for (Provision p : provisions) {
      Tokens t = grammar.compounds().join(Tokenizer.scan(p.text(), grammar.sieve()));
      for (int i = 0; i < t.size(); i++) {
        boolean skipped = grammar.beginsNothing(t, i);
        Token tok = t.get(i);
        assertEquals(false, skipped && FINDERS_OWN.contains(tok.key()), () -> p.id() + ": " + tok);
        if (skipped) {
          passed++;
        } else {
          kept++;
        }
      }
    }
    assertEquals(true, passed > 2 * kept, passed + " passed over, " + kept + " read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ibid., art. 2", "ibid. art. 2", "Id. art. 2", "its article 5"})
  void neverPassesOverTheFindersOwnWords(String text) {
    assertEquals(false, grammar.beginsNothing(Tokenizer.scan(text), 0));
    assertEquals(false, grammar.beginsNothing(Tokenizer.scan(text, grammar.sieve()), 0));
  }

  /**
   * The sieve only ever spares a lookup: over the corpus and the seeds, each token is passed over
   * exactly when it is without it, and most ASCII words are passed over by the sieve alone.
   */
  @Test
  void sieveChangesNoAnswerAndSparesMostLookups() throws IOException {
    int words = 0;
    int sifted = 0;
    for (String text : texts()) {
      Tokens sieved = grammar.compounds().join(Tokenizer.scan(text, grammar.sieve()));
      Tokens plain = grammar.compounds().join(Tokenizer.scan(text));
      assertEquals(plain.size(), sieved.size());
      for (int i = 0; i < sieved.size(); i++) {
        int at = i;
        assertEquals(
            grammar.beginsNothing(plain, i),
            grammar.beginsNothing(sieved, i),
            () -> plain.get(at) + " in " + text.substring(0, Math.min(80, text.length())));
        if (sieved.isAsciiWordOrMark(i) && sieved.type(i) == Token.Type.WORD) {
          words++;
          sifted += sieved.mayBegin(i) ? 0 : 1;
        }
      }
    }
    assertEquals(true, sifted > words / 2, sifted + " of " + words + " ASCII words sifted out");
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
