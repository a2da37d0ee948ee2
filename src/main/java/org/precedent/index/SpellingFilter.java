package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes each lower-case word in its one spelling ({@link Spelling}) and an irregular plural as its
 * singular ({@code index/plurals.tsv}), before KStem, which keeps both apart: a search for
 * "criminalization" found nothing of the Council of Europe Convention's "Criminalisation", and
 * "child" nothing that says "children".
 */
final class SpellingFilter extends TokenFilter {
  private static final CharArrayMap<String> PLURALS = new CharArrayMap<>(8, false);

  static {
    for (String[] row : DataList.rows("/index/plurals.tsv")) {
      PLURALS.put(row[0], row[1]);
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    String singular = PLURALS.get(buffer, 0, length);
    if (singular != null) {
      term.setEmpty().append(singular);
    } else if (Spelling.mayChange(buffer, length)) {
      String word = term.toString();
      String written = Spelling.standard(word);
      if (!written.equals(word)) {
        term.setEmpty().append(written);
      }
    }
    return true;
  }
}
