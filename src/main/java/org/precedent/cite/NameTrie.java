package org.precedent.cite;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Instrument names as a word trie. A text matches the longest listed name it starts with, and the
 * match runs on over the rest of a longer title as long as that title can only mean the same
 * instruments (seeds quote long titles cut short at any word).
 */
final class NameTrie {
  /** Words read at most per name. */
  private static final int MAX_WORDS = 64;

  /** Small words that join the words of a name, in the corpus's three languages. */
  private static final Set<String> JOINING =
      Set.of(
          "and", "or", "of", "on", "the", "to", "for", "against", "in", "y", "de", "del", "la",
          "el", "los", "las", "et", "des", "du", "le", "les", "sur", "contre");

  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final SortedSet<String> ids = new TreeSet<>();
    final Set<String> reach = new TreeSet<>();
    boolean terminal;

    /**
     * {@code next} again as an open-addressed table by the key's hash, which an ASCII token
     * computes from its characters: stepping through a name then builds no key strings.
     */
    private String[] keys = new String[0];

    private Node[] children = new Node[0];

    Node add(String key) {
      Node child = next.get(key);
      if (child == null) {
        child = new Node();
        next.put(key, child);
        if (next.size() * 2 > keys.length) {
          rebuild(); // doubling keeps the load under a half and the build linear
        } else {
          place(key, child);
        }
      }
      return child;
    }

    Node child(Token t) {
      if (keys.length == 0) {
        return null;
      }
      int mask = keys.length - 1;
      for (int s = spread(t.keyHash()) & mask; keys[s] != null; s = (s + 1) & mask) {
        if (t.is(keys[s])) {
          return children[s];
        }
      }
      return null;
    }

    private void rebuild() {
      int size = Integer.highestOneBit(next.size()) * 4;
      keys = new String[size];
      children = new Node[size];
      next.forEach(this::place);
    }

    private void place(String key, Node child) {
      int mask = keys.length - 1;
      int s = spread(key.hashCode()) & mask;
      while (keys[s] != null) {
        s = (s + 1) & mask;
      }
      keys[s] = key;
      children[s] = child;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  /**
   * A match: the instrument ids the name stands for, in sorted order (a shared name lists its
   * candidates the same way on every run), and the token index just past it.
   */
  record Match(Set<String> ids, int end) {}

  void add(String name, String id) {
    List<String> keys = keys(name);
    if (keys.isEmpty()) {
      return;
    }
    Node node = root;
    for (String key : keys) {
      node = node.add(key);
      node.reach.add(id);
    }
    node.ids.add(id);
    node.terminal = true;
  }

  static List<String> keys(String name) {
    return Tokenizer.tokens(name).stream()
        .filter(t -> t.type() != Token.Type.PUNCT)
        .map(Token::key)
        .toList();
  }

  /** The keys a listed name can start with. */
  Set<String> firstKeys() {
    return Collections.unmodifiableSet(root.next.keySet());
  }

  Optional<Match> match(List<Token> tokens, int from) {
    if (from >= tokens.size() || root.child(tokens.get(from)) == null) {
      return Optional.empty();
    }
    Node node = root;
    Node terminal = null;
    int end = -1;
    // After the deepest listed name, the match runs on while the words add no other instrument.
    boolean extending = false;
    int i = from;
    for (int depth = 0; i < tokens.size() && depth < MAX_WORDS; ) {
      Token t = tokens.get(i);
      if (t.type() == Token.Type.PUNCT) {
        if (i > from && skippable(t)) {
          i++;
          continue;
        }
        break;
      }
      Node child = node.child(t);
      if (child == null) {
        break;
      }
      node = child;
      i++;
      depth++;
      if (node.terminal) {
        terminal = node;
        end = i;
        extending = true;
      } else if (extending && terminal.ids.containsAll(node.reach)) {
        // A longer name of the same instrument, cut short: it ends on a word of its own, not on a
        // small word that would join it to what follows ("the Recommended Principles, and
        // A/64/L.64" ends on "Principles").
        if (!JOINING.contains(t.key())) {
          end = i;
        }
      } else {
        extending = false;
      }
    }
    if (terminal == null) {
      return Optional.empty();
    }
    return Optional.of(new Match(Collections.unmodifiableSortedSet(terminal.ids), end));
  }

  /**
   * The token index just past the deepest node the text reaches from {@code from}, whether or not a
   * listed name ends there: how far the text follows some listed name.
   */
  int reach(List<Token> tokens, int from) {
    Node node = root;
    int end = from;
    for (int i = from; i < tokens.size() && i < from + MAX_WORDS; i++) {
      Token t = tokens.get(i);
      if (t.type() == Token.Type.PUNCT) {
        if (i > from && skippable(t)) {
          continue;
        }
        break;
      }
      node = node.child(t);
      if (node == null) {
        break;
      }
      end = i + 1;
    }
    return end;
  }

  private static boolean skippable(Token t) {
    return t.isPunct(',')
        || t.isPunct('.') // "CETS No. 197"
        || t.isHyphen()
        || t.isApostrophe();
  }
}
