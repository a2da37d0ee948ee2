package org.precedent.cite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
  List<Token> join(List<Token> tokens) {
    List<Token> out = null;
    int copied = 0;
    for (int h = 1; h + 1 < tokens.size(); h++) {
      Token mark = tokens.get(h);
      if (mark.type() != Token.Type.PUNCT) {
        continue; // nearly every token: one test
      }
      // A compound takes the words on both sides of its hyphen, an elision only the word before.
      boolean hyphen = mark.isHyphen();
      Token joined = hyphen ? joined(tokens, h) : elision(tokens, h);
      if (joined != null) {
        if (out == null) {
          out = new ArrayList<>(tokens.size());
        }
        out.addAll(tokens.subList(copied, h - 1));
        out.add(joined);
        copied = hyphen ? h + 2 : h + 1;
        h = copied - 1;
      }
    }
    if (out == null) {
      return tokens;
    }
    out.addAll(tokens.subList(copied, tokens.size()));
    return out;
  }

  /** "l'" of "l'article": the word before the apostrophe at token {@code h} with it, or null. */
  private Token elision(List<Token> tokens, int h) {
    Token head = tokens.get(h - 1);
    Token mark = tokens.get(h);
    Token next = tokens.get(h + 1);
    if (elided.isEmpty()
        || !mark.isApostrophe()
        || !head.isWord()
        || !next.isWord()
        || head.end() != mark.start()
        || next.start() != mark.end()) {
      return null;
    }
    return elided.contains(head.key() + mark.text()) ? Token.joined(head, mark) : null;
  }

  /** The compound around the hyphen at token {@code h}, or null. */
  private Token joined(List<Token> tokens, int h) {
    Token head = tokens.get(h - 1);
    Token hyphen = tokens.get(h);
    Token tail = tokens.get(h + 1);
    boolean glued = hyphen.start() == head.end() && tail.start() == hyphen.end();
    if (!glued || !head.isWord() || !tail.isWord() || heads.get(head) == null) {
      return null;
    }
    return keys.contains(head.key() + "-" + tail.key()) ? Token.joined(head, tail) : null;
  }
}
