package org.precedent.cite;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The grammar's hyphenated words ("sub-paragraph", "dix-septième"), which the tokenizer splits at
 * the hyphen. Before the finder reads a text, each written without spaces is joined again into one
 * token: its parts alone mean something else ("paragraph"; "septième", the seventh) and a citation
 * of it starts at its first letter. A typeset hyphen joins as the ASCII one does ("sub‑paragraph"
 * with U+2011). So does a grammar word that ends in an apostrophe, the French elided article of "de
 * l'article 6", where the text writes it against the next word.
 */
final class Compounds {
  /** Folded keys, hyphen kept: "sub-paragraph", "dix-septieme". */
  private final Set<String> keys = new HashSet<>();

  /** Folded elided words, apostrophe kept: "l'", "l’". */
  private final Set<String> elided = new HashSet<>();

  /**
   * Their first parts, so that a word before a hyphen is looked at only if one may start there:
   * read from the source text as the grammar's words are, since a hyphen follows many words
   * ("Secretary-General", "anti-trafficking") that begin no compound.
   */
  private final KeyTable<Boolean> heads;

  Compounds(Collection<String> grammarKeys) {
    Map<String, Boolean> first = new HashMap<>();
    for (String key : grammarKeys) {
      if (key.length() > 1 && Token.isApostrophe(key.charAt(key.length() - 1))) {
        elided.add(key);
      }
      int hyphen = key.indexOf('-');
      if (hyphen > 0 && hyphen < key.length() - 1) {
        keys.add(key);
        first.put(key.substring(0, hyphen), Boolean.TRUE);
      }
    }
    heads = new KeyTable<>(first);
  }

  /**
   * {@code tokens}, each listed compound written as word, hyphen, word made one word token; {@code
   * tokens} itself when it holds none, as nearly every text does.
   */
  Tokens join(Tokens tokens) {
    int[] firsts = null;
    int[] lasts = null;
    int count = 0;
    for (int h = 1; h + 1 < tokens.size(); h++) {
      if (tokens.type(h) != Token.Type.PUNCT) {
        continue; // nearly every token: one test
      }
      // A compound takes the words on both sides of its hyphen, an elision only the word before.
      char mark = tokens.firstChar(h);
      boolean hyphen = Token.isHyphen(mark);
      if (!hyphen && !Token.isApostrophe(mark)) {
        continue;
      }
      boolean join = hyphen ? joins(tokens, h) : elides(tokens, h);
      if (join) {
        if (firsts == null) {
          firsts = new int[8];
          lasts = new int[8];
        } else if (count == firsts.length) {
          firsts = Arrays.copyOf(firsts, count * 2);
          lasts = Arrays.copyOf(lasts, count * 2);
        }
        firsts[count] = h - 1;
        lasts[count] = hyphen ? h + 1 : h;
        h = lasts[count];
        count++;
      }
    }
    return count == 0 ? tokens : tokens.joined(firsts, lasts, count);
  }

  /**
   * Whether the word before the apostrophe at token {@code h} is an elided one: "l'" of
   * "l'article".
   */
  private boolean elides(Tokens tokens, int h) {
    Token head = tokens.get(h - 1);
    Token mark = tokens.get(h);
    Token next = tokens.get(h + 1);
    if (elided.isEmpty()
        || !head.isWord()
        || !next.isWord()
        || head.end() != mark.start()
        || next.start() != mark.end()) {
      return false;
    }
    return elided.contains(head.key() + mark.text());
  }

  /** Whether the words around the hyphen at token {@code h} are a listed compound. */
  private boolean joins(Tokens tokens, int h) {
    Token head = tokens.get(h - 1);
    Token hyphen = tokens.get(h);
    Token tail = tokens.get(h + 1);
    boolean glued = hyphen.start() == head.end() && tail.start() == hyphen.end();
    if (!glued || !head.isWord() || !tail.isWord() || heads.get(head) == null) {
      return false;
    }
    return keys.contains(head.key() + "-" + tail.key());
  }
}
