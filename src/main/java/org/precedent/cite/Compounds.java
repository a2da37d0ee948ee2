package org.precedent.cite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar's hyphenated words ("sub-paragraph", "dix-septième"), which the tokenizer splits at
 * the hyphen. Before the finder reads a text, each written without spaces is joined again into one
 * token: its parts alone mean something else ("paragraph"; "septième", the seventh) and a citation
 * of it starts at its first letter. Only the ASCII hyphen joins, as in every seed.
 */
final class Compounds {
  /** Folded keys, hyphen kept: "sub-paragraph", "dix-septieme". */
  private final Set<String> keys = new HashSet<>();

  /** Their first parts, so that a word before a hyphen is looked at only if one may start there. */
  private final Set<String> heads = new HashSet<>();

  Compounds(Collection<String> grammarKeys) {
    for (String key : grammarKeys) {
      int hyphen = key.indexOf('-');
      if (hyphen > 0 && hyphen < key.length() - 1) {
        keys.add(key);
        heads.add(key.substring(0, hyphen));
      }
    }
  }

  /** {@code tokens}, each listed compound written as word, hyphen, word made one word token. */
  List<Token> join(List<Token> tokens) {
    if (keys.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int n = 0; n < tokens.size(); n++) {
      Token joined = joinedAt(tokens, n);
      if (joined == null) {
        out.add(tokens.get(n));
      } else {
        out.add(joined);
        n += 2;
      }
    }
    return out;
  }

  /** The compound starting at token {@code n}, or null. */
  private Token joinedAt(List<Token> tokens, int n) {
    if (n + 2 >= tokens.size()) {
      return null;
    }
    Token head = tokens.get(n);
    Token hyphen = tokens.get(n + 1);
    Token tail = tokens.get(n + 2);
    boolean glued = hyphen.start() == head.end() && tail.start() == hyphen.end();
    if (!hyphen.isPunct('-') || !glued || !head.isWord() || !tail.isWord()) {
      return null;
    }
    if (!heads.contains(head.key()) || !keys.contains(head.key() + "-" + tail.key())) {
      return null;
    }
    return Token.joined(head, tail);
  }
}
