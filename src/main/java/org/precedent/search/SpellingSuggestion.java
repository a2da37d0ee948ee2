package org.precedent.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;

/**
 * For a search that matches nothing or next to nothing, the query with each word no provision
 * holds, or only a few do, replaced by the closest word many more hold ("vulnerabilty" →
 * "vulnerability"; "traficking", which a few of the seeds' OCR'd pages hold, → "trafficking"), for
 * the caller to offer as "did you mean". Shown only "0 provisions", a drafter cannot tell a typing
 * slip from wording that no instrument uses. The words are those of the exact field: every word as
 * written, lower-cased and accent-folded, so a stem never stands in for a word the user did not
 * type.
 */
final class SpellingSuggestion {
  /** Shorter words are left alone: too many others lie one letter away from them. */
  private static final int MIN_LENGTH = 4;

  /**
   * A word held by at most this many provisions may be a slip, of the user's or of the OCR, in a
   * search that finds words by their stems. An exact search asks for the word as typed: only a word
   * no provision holds is respelled there, or "trafficker" would be offered as "traffickers".
   */
  static final int RARE = 3;

  /** How many times as many provisions must hold a word offered for a rare word one holds. */
  static final int MORE_OFTEN = 50;

  /**
   * From this length on, a word no provision holds is looked for within two edits; shorter words,
   * where two reach unrelated words, and rare words within one. The OCR's slips are one letter
   * ("traficking"), and a walk within two edits took 2-10 ms a word against about 1 ms within one:
   * a search of a rare word (the longest word of each of 200 provisions) would pay it every time.
   */
  private static final int TWO_EDITS_FROM = 7;

  /**
   * Unknown or rare words looked for at most (past them, nothing is offered): each is a walk of the
   * field's words, and a query of two thousand characters of unknown words must not cost a search
   * hundreds of them.
   */
  static final int MAX_UNKNOWN = 5;

  /**
   * A word of the query. A field's name or value ({@code status:treaty}) is left as it is, and so
   * is a wildcard's prefix ({@code protoc*}): it is not a word the user misspelled.
   */
  private static final Pattern WORD = Pattern.compile("(?<![:*?\\p{L}])\\p{L}+(?![:*?\\p{L}])");

  private SpellingSuggestion() {}

  /**
   * The query with its unknown words, and in a {@code stemmed} search its rare ones, replaced;
   * empty when no word was replaced.
   */
  static Optional<String> of(IndexReader reader, String query, boolean stemmed) {
    int rare = stemmed ? RARE : 0;
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.TEXT_EXACT);
      if (terms == null) {
        return Optional.empty();
      }
      Matcher m = WORD.matcher(query);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      int unknown = 0;
      while (m.find()) {
        String word = m.group();
        String replacement = word;
        boolean respellable = word.length() >= MIN_LENGTH && !isOperator(word);
        // As the exact field writes it (lower case, accents folded), as a query's prefix is.
        String term =
            respellable ? Analysis.exact().normalize(Fields.TEXT_EXACT, word).utf8ToString() : null;
        int freq = term == null ? Integer.MAX_VALUE : docFreq(reader, term);
        if (freq <= rare) {
          if (++unknown > MAX_UNKNOWN) {
            return Optional.empty();
          }
          // Written apart only when no provision holds the word closed up.
          Optional<String> closest = freq == 0 ? split(reader, term) : Optional.empty();
          if (closest.isEmpty()) {
            int edits = freq == 0 && term.length() >= TWO_EDITS_FROM ? 2 : 1;
            closest = closest(terms, term, edits, Math.max(1, freq * MORE_OFTEN));
          }
          if (closest.isPresent()) {
            replacement = inCaseOf(word, closest.get());
            changed = true;
          }
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return changed ? Optional.of(out.toString()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code replacement} in the case {@code word} was typed in: "Protocl" → "Protocol". */
  private static String inCaseOf(String word, String replacement) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      int first = replacement.offsetByCodePoints(0, 1);
      return replacement.substring(0, first).toUpperCase(Locale.ROOT)
          + replacement.substring(first);
    }
    return replacement;
  }

  /** The query's operators, words only in capitals, as the lexer reads them ({@code NEAR/5}). */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "NEAR", "ONEAR");

  private static boolean isOperator(String word) {
    return OPERATORS.contains(word);
  }

  /** Each part of a word written apart ({@link #split}) has at least this many letters. */
  private static final int MIN_PART = 3;

  /**
   * {@code term} written as the corpus writes it, in two hyphenated words: "nonpunishment" as
   * "non-punishment", "antitrafficking" as "anti-trafficking". Closed up, such a word is no edit or
   * two from any word the field holds, as the field holds its parts apart. Of the ways to cut it,
   * the one whose rarer part the most provisions hold.
   */
  private static Optional<String> split(IndexReader reader, String term) throws IOException {
    String best = null;
    int bestFreq = 0;
    for (int cut = MIN_PART; cut <= term.length() - MIN_PART; cut++) {
      String head = term.substring(0, cut);
      String tail = term.substring(cut);
      int headFreq = docFreq(reader, head);
      int freq = headFreq == 0 ? 0 : Math.min(headFreq, docFreq(reader, tail));
      if (freq > bestFreq) {
        best = head + "-" + tail;
        bestFreq = freq;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int docFreq(IndexReader reader, String term) throws IOException {
    return reader.docFreq(new Term(Fields.TEXT_EXACT, term));
  }

  /**
   * The word of the field within {@code edits} of {@code term} that at least {@code minFreq}
   * provisions hold: fewest edits (a swap of two letters is one), the first letter kept, and of
   * equally close words the one most provisions hold.
   */
  private static Optional<String> closest(Terms terms, String term, int edits, int minFreq)
      throws IOException {
    FuzzyTermsEnum near =
        new FuzzyTermsEnum(terms, new Term(Fields.TEXT_EXACT, term), edits, 1, true);
    String best = null;
    float bestBoost = -1;
    int bestFreq = 0;
    for (BytesRef t = near.next(); t != null; t = near.next()) {
      String candidate = t.utf8ToString();
      int freq = near.docFreq();
      if (freq < minFreq || Analysis.isPair(candidate) || candidate.equals(term)) {
        continue;
      }
      float boost = near.getBoost();
      if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
        best = candidate;
        bestBoost = boost;
        bestFreq = freq;
      }
    }
    return Optional.ofNullable(best);
  }
}
