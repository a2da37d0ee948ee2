package org.precedent.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.precedent.cite.QuoteWords.Word;

/**
 * Reads two quoted words as one where the provision writes them as one hyphenated compound: "asylum
 * seekers" for "asylum-seekers", "gender sensitive" for "gender-sensitive". Only a compound the
 * provision hyphenates, and only when the letters are the same, so "may be" never becomes "maybe".
 * A compound written closed up or hyphenated differently is one word already ({@link
 * QuoteWords#canon}).
 */
final class CompoundFitter {
  private static final Pattern JOINED = Pattern.compile("[\u00ac\u2010\u2011\u2012\u2013-]");

  private CompoundFitter() {}

  static List<Word> fit(List<Word> quote, List<Word> provision) {
    Set<String> compounds = new HashSet<>();
    for (Word w : provision) {
      if (JOINED.matcher(w.raw()).find()) {
        compounds.add(w.canon());
      }
    }
    if (compounds.isEmpty() || quote.size() < 2) {
      return quote;
    }
    List<Word> out = new ArrayList<>(quote.size());
    for (int i = 0; i < quote.size(); i++) {
      Word w = quote.get(i);
      if (i + 1 < quote.size() && compounds.contains(w.canon() + quote.get(i + 1).canon())) {
        Word next = quote.get(i + 1);
        out.add(new Word(w.raw() + " " + next.raw(), w.canon() + next.canon(), next.after()));
        i++;
      } else {
        out.add(w);
      }
    }
    return out;
  }
}
