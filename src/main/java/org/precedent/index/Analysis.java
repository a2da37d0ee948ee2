package org.precedent.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains, built once. Stemmed text uses KStem, which is dictionary-based and so
 * conservative (it leaves "trafficking" as "traffick"; {@link WordFamilyFilter} joins that word
 * family into one term, and {@link SpellingFilter} a British spelling or an irregular plural to its
 * counterpart); exact text only lower-cases and folds accents, keeping every word.
 */
public final class Analysis {
  // One instance per chain, shared by every caller: an Analyzer keeps its token streams per
  // thread, so a new Analyzer per request left a fresh thread-local entry and tokenizer buffer on
  // each server thread until the thread died (the heap growth bench/LOAD.md once measured).
  // Analyzers are thread-safe; none of these is ever closed.
  private static final Analyzer ENGLISH = buildEnglish();
  private static final CharArraySet PAIRED = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final Analyzer EXACT = buildExact(words -> words);
  private static final Analyzer EXACT_INDEXED =
      buildExact(words -> new CommonGramsFilter(words, PAIRED));
  private static final Analyzer EXACT_PHRASE =
      buildExact(words -> new CommonGramsQueryFilter(new CommonGramsFilter(words, PAIRED)));
  private static final Analyzer REUSE = buildReuse();
  private static final Analyzer POSITIONS =
      underscoresAsSpaces(new StandardAnalyzer(CharArraySet.EMPTY_SET));
  private static final Analyzer SPANISH = underscoresAsSpaces(new SpanishAnalyzer());
  private static final Analyzer FRENCH = underscoresAsSpaces(new FrenchAnalyzer());
  private static final Analyzer ENGLISH_PAIRS = paired(ENGLISH);
  private static final Analyzer SPANISH_PAIRS = paired(SPANISH);
  private static final Analyzer FRENCH_PAIRS = paired(FRENCH);

  /**
   * The languages whose provisions the stemmed fields hold in stems of their own ({@link
   * #stemmedFor}), English first; a provision in any other language is stemmed as English.
   */
  public static final List<String> STEMMED_LANGUAGES = List.of("en", "es", "fr");

  private Analysis() {}

  /** English stemmed chain used for the {@link Fields#TEXT} field and stemmed-mode queries. */
  public static Analyzer english() {
    return ENGLISH;
  }

  private static Analyzer buildEnglish() {
    return chain(
        words -> {
          TokenStream stream = new EnglishPossessiveFilter(words);
          stream = new LowerCaseFilter(stream);
          stream = new ASCIIFoldingFilter(stream);
          stream = new CoPrefixFilter(stream);
          stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          stream = new SpellingFilter(stream);
          stream = new KStemFilter(stream);
          return new WordFamilyFilter(stream);
        });
  }

  /** Every word, lower-cased and accent-folded: exact mode and phrase-faithful matching. */
  public static Analyzer exact() {
    return EXACT;
  }

  /**
   * Whether the exact field ({@link #exactIndexed}) joins {@code word}, in lower case, to each of
   * its neighbours: the commonest words of English text are. A phrase holding one reads the
   * postings of the pair ("trafficking_in") instead of the word's, which is in nearly every
   * provision.
   */
  public static boolean isPaired(String word) {
    return PAIRED.contains(word);
  }

  /**
   * The exact chain as the index writes it: every word, and beside each word that has a paired
   * neighbour ({@link #isPaired}), the pair as one more term at the same position. Length norms
   * ignore the pairs (they overlap a word), so scores of single words are unchanged.
   */
  public static Analyzer exactIndexed() {
    return EXACT_INDEXED;
  }

  /** What {@link CommonGramsFilter} joins a pair's words with (its own constant is private). */
  private static final char PAIR_SEPARATOR = '_';

  /**
   * Whether {@code term} of the exact field is a pair {@link #exactIndexed} wrote rather than a
   * word. A pair sits at the position of its first word and ends where the next word ends; no word
   * holds the separator, as every chain reads an underscore as a space.
   */
  public static boolean isPair(String term) {
    return term.indexOf(PAIR_SEPARATOR) >= 0;
  }

  /**
   * The exact chain for phrase queries: where the phrase has a paired word, the pairs {@link
   * #exactIndexed} wrote replace the single words, so the phrase reads shorter postings and matches
   * the same provisions. Only for phrases: a single word must stay a word.
   */
  public static Analyzer exactPhrase() {
    return EXACT_PHRASE;
  }

  /**
   * The tokenizer every text chain starts from (underscores read as spaces), and nothing after it
   * that drops a word. Its n-th word is at position n in each field the chains write: no filter of
   * theirs adds or removes a position (a stopword leaves a gap, a word family or an exact pair
   * stacks at its word's position). Snippets find a match's offsets through it ({@code
   * search.PositionOffsets}), at a fraction of a stemmed chain's cost.
   */
  public static Analyzer positions() {
    return POSITIONS;
  }

  /** Every word lower-cased and accent-folded, then {@code finish} (pairing, or nothing). */
  private static Analyzer buildExact(UnaryOperator<TokenStream> finish) {
    return chain(words -> finish.apply(new ASCIIFoldingFilter(new LowerCaseFilter(words))));
  }

  /**
   * The standard tokenizer reading underscores as spaces ({@link UnderscoreSpaceFilter}), then
   * {@code filters}: the start every chain built here shares. A query term is normalised by
   * lower-casing and folding accents, as every chain does to its words.
   */
  private static Analyzer chain(UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new UnderscoreSpaceFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** The stemmed analyzer for a document language; English for anything not handled. */
  public static Analyzer stemmedFor(String language) {
    return switch (language) {
      case "es" -> SPANISH;
      case "fr" -> FRENCH;
      default -> ENGLISH;
    };
  }

  /**
   * {@link #stemmedFor} with its words paired: what a stemmed-mode phrase looks up in the pairs a
   * provision of {@code language} wrote ({@link #stemmed}).
   */
  public static Analyzer stemmedPairsFor(String language) {
    return switch (language) {
      case "es" -> SPANISH_PAIRS;
      case "fr" -> FRENCH_PAIRS;
      default -> ENGLISH_PAIRS;
    };
  }

  /** A text's stemmed words ({@link Fields#TEXT}) and their pairs ({@link Fields#TEXT_PAIRS}). */
  public record Stemmed(TokenStream words, TokenStream pairs) {}

  /**
   * {@code text} through the stemmed chain of {@code language} once, its tokens then replayed
   * twice: as the words and, each joined to the next ({@link StemPairFilter}), as their pairs. The
   * stemmed chain (tokenizer, stopwords, KStem) is the dearest a document runs, and a replay only
   * copies each token's attributes: over a million provisions one writer thread indexed 5,200
   * provisions a second running the chain twice, 7,100 replaying it (one build each).
   */
  public static Stemmed stemmed(String language, String text) {
    TeeSinkTokenFilter tee =
        new TeeSinkTokenFilter(stemmedFor(language).tokenStream(Fields.TEXT, text));
    try (tee) {
      TokenStream words = tee.newSinkTokenStream();
      TokenStream pairs = new StemPairFilter(tee.newSinkTokenStream());
      tee.reset();
      tee.consumeAllTokens();
      tee.end();
      return new Stemmed(words, pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The English stemmed chain with its words paired: what a stemmed-mode phrase looks up, as its
   * words are looked up through {@link #english()}.
   */
  public static Analyzer stemmedPairs() {
    return ENGLISH_PAIRS;
  }

  /**
   * {@code stemmed}, each word then joined to the next, for queries. Documents replay their stemmed
   * words instead ({@link #stemmed}), through the same filter.
   */
  private static Analyzer paired(Analyzer stemmed) {
    return wrap(stemmed, reader -> reader, StemPairFilter::new);
  }

  /**
   * {@code analyzer} reading underscores as spaces ({@link UnderscoreSpaceFilter}), as the chains
   * built here do: Lucene's own language analyzers cannot be extended.
   */
  private static Analyzer underscoresAsSpaces(Analyzer analyzer) {
    return wrap(analyzer, UnderscoreSpaceFilter::new, words -> words);
  }

  /**
   * {@code analyzer} with {@code reader} before its tokenizer and {@code finish} after its last
   * filter: components of its own, reused per thread as {@code analyzer}'s are.
   */
  private static Analyzer wrap(
      Analyzer analyzer, UnaryOperator<Reader> reader, UnaryOperator<TokenStream> finish) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader input) {
        return reader.apply(input);
      }

      @Override
      protected TokenStreamComponents wrapComponents(
          String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(
            components.getSource(), finish.apply(components.getTokenStream()));
      }
    };
  }

  /** Analyzer for an index writer, field by field, over the shared chains. */
  public static Analyzer perField() {
    return new PerFieldAnalyzerWrapper(
        ENGLISH,
        Map.of(
            Fields.TEXT_EXACT,
            EXACT_INDEXED,
            Fields.TEXT_PAIRS,
            ENGLISH_PAIRS,
            Fields.REUSE,
            REUSE));
  }

  /**
   * Word runs of {@link #REUSE_SHINGLE} exact tokens, each as a fixed-width hash of its text
   * ({@link ShingleHashFilter}): the agreed-language candidate field. Queries analyse their text
   * with this same chain, so they ask for the same hashes.
   */
  public static Analyzer reuse() {
    return REUSE;
  }

  private static Analyzer buildReuse() {
    return chain(
        words -> {
          TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
          ShingleFilter shingles = new ShingleFilter(folded, REUSE_SHINGLE, REUSE_SHINGLE);
          shingles.setOutputUnigrams(false);
          return new ShingleHashFilter(shingles);
        });
  }

  /** Shingle length: four words rarely repeat by chance but survive most small edits. */
  public static final int REUSE_SHINGLE = 4;
}
