package org.precedent.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The legal concepts a text states, by the rules in {@code index/concepts.tsv}: the provisions that
 * establish non-punishment, for one, mostly say "shall not be detained, charged or prosecuted" and
 * never "non-punishment". Tags are indexed ({@link Fields#CONCEPT}) so a search for a concept's
 * name finds them and the check can offer them for a paraphrased draft. Thread-safe; built once.
 */
public final class Concepts {
  private static final Concepts STANDARD = load("/index/concepts.tsv");

  private final Map<String, List<List<String>>> names;

  /**
   * Rules by the word their {@code first} can start with, and by the three letters a {@code first}
   * prefix starts with: every provision is tagged at indexing, so a word that starts no rule costs
   * two lookups, not a test against every pattern.
   */
  private final Map<String, List<Rule>> byWord = new HashMap<>();

  private final Map<Long, List<Rule>> byPrefix = new HashMap<>();

  /** The {@code against} rules, read as rules of their own; null when there are none. */
  private final Concepts against;

  private Concepts(Map<String, List<List<String>>> names, List<Rule> rules, List<Rule> denials) {
    this.names = names;
    this.against = denials.isEmpty() ? null : new Concepts(names, denials, List.of());
    for (Rule rule : rules) {
      for (Words w : rule.first()) {
        String head = w.parts().get(0);
        List<Rule> list =
            head.endsWith("*")
                ? byPrefix.computeIfAbsent(key(head), k -> new ArrayList<>())
                : byWord.computeIfAbsent(head, k -> new ArrayList<>());
        if (!list.contains(rule)) {
          list.add(rule);
        }
      }
    }
  }

  /** The first three letters of a word, packed; -1 for a shorter word. */
  private static long key(String word) {
    if (word.length() < 3 || word.charAt(2) == '*') {
      return -1;
    }
    return ((long) word.charAt(0) << 32) | ((long) word.charAt(1) << 16) | word.charAt(2);
  }

  public static Concepts standard() {
    return STANDARD;
  }

  /** Concept ids, in file order. */
  public Set<String> ids() {
    return names.keySet();
  }

  /** The ids of the concepts {@code text} states, sorted. */
  public Set<String> tag(String text) {
    List<String> words = words(text);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      test(byWord.get(w), words, i, out);
      test(byPrefix.get(key(w)), words, i, out);
    }
    return out;
  }

  /**
   * The ids of the concepts {@code text} goes against without stating them, sorted: "Trafficked
   * persons shall be prosecuted." reverses non-punishment. Never indexed as tags (the text does not
   * state the concept); the check offers the provisions stating the concept beside such a text, as
   * the precedent a drafter must see it departs from.
   */
  public Set<String> denied(String text) {
    return denied(text, tag(text));
  }

  /** As {@link #denied(String)}, for a text already tagged with {@code stated}. */
  public Set<String> denied(String text, Set<String> stated) {
    if (against == null) {
      return Set.of();
    }
    Set<String> out = against.tag(text);
    out.removeAll(stated);
    return out;
  }

  private static void test(List<Rule> rules, List<String> words, int at, Set<String> out) {
    if (rules == null) {
      return;
    }
    for (Rule rule : rules) {
      if (!out.contains(rule.concept()) && rule.holdsAt(words, at)) {
        out.add(rule.concept());
      }
    }
  }

  /** The concept whose name {@code text} is, word for word ("non-punishment"), if any. */
  public Optional<String> named(String text) {
    List<String> words = words(text);
    for (Map.Entry<String, List<List<String>>> e : names.entrySet()) {
      if (e.getValue().contains(words)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Lower-cased runs of letters and digits: hyphens and punctuation separate words. */
  static List<String> words(String text) {
    // About one word in six characters: grown from empty, the list was copied several times a text.
    List<String> out = new ArrayList<>(text.length() / 6 + 1);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    return out;
  }

  /** Words either side of a match within which a rule's context must occur. */
  static final int CONTEXT = 25;

  /** One way a concept is stated; see the file's header for the columns. */
  record Rule(
      String concept,
      List<Words> first,
      int gap,
      List<Words> then,
      List<List<Words>> context,
      List<Words> unless,
      boolean guarded) {

    /**
     * The rule holds with its {@code first} at word {@code i}. A {@code guarded} rule (an {@code
     * against} rule) also fails on an unless word in the two words before its first: "violence
     * against victims ... shall be punished" punishes others, and "no victim ... shall be punished"
     * states the principle.
     */
    boolean holdsAt(List<String> text, int i) {
      int end = matchAny(first, text, i);
      if (end == 0 || (guarded && unlessBefore(text, i))) {
        return false;
      }
      int last = followed(text, end);
      return last > 0 && (context.isEmpty() || near(text, i, last));
    }

    /** An unless word among the two words before word {@code i}. */
    private boolean unlessBefore(List<String> text, int i) {
      for (int k = Math.max(0, i - 2); k < i; k++) {
        if (matchAny(unless, text, k) > 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * The end of {@code then} starting within {@code gap} words of {@code from}, none of them an
     * unless word; 0 if there is none.
     */
    private int followed(List<String> text, int from) {
      if (then.isEmpty()) {
        return from;
      }
      for (int j = from; j <= from + gap && j < text.size(); j++) {
        int end = matchAny(then, text, j);
        if (end > 0) {
          return end;
        }
        if (matchAny(unless, text, j) > 0) {
          return 0;
        }
      }
      return 0;
    }

    /**
     * A word of each context group within {@link #CONTEXT} words of the match: in the same passage,
     * so a long article does not join a "victims" in one paragraph to a "not be prosecuted" in
     * another.
     */
    private boolean near(List<String> text, int start, int end) {
      int to = Math.min(text.size(), end + CONTEXT);
      for (List<Words> group : context) {
        boolean found = false;
        for (int i = Math.max(0, start - CONTEXT); i < to && !found; i++) {
          found = matchAny(group, text, i) > 0;
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    /** The end of the first pattern matching at {@code at}, or 0. */
    private static int matchAny(List<Words> patterns, List<String> text, int at) {
      for (Words w : patterns) {
        int end = w.match(text, at);
        if (end > 0) {
          return end;
        }
      }
      return 0;
    }
  }

  /**
   * A run of words; a word ending in '*' matches any word it starts, and must have three letters
   * before the '*' (fewer would match half the language, and rules are found by those three).
   */
  record Words(List<String> parts) {
    static Words of(String pattern) {
      List<String> parts =
          List.of(pattern.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
      for (String p : parts) {
        if (p.isEmpty() || (p.endsWith("*") && p.length() < 4)) {
          throw new IllegalStateException(
              "word pattern '" + pattern + "': a prefix needs three letters before '*'");
        }
      }
      return new Words(parts);
    }

    int match(List<String> text, int at) {
      if (at + parts.size() > text.size()) {
        return 0;
      }
      for (int k = 0; k < parts.size(); k++) {
        String p = parts.get(k);
        String w = text.get(at + k);
        boolean ok = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
        if (!ok) {
          return 0;
        }
      }
      return at + parts.size();
    }
  }

  static Concepts load(String resource) {
    try (InputStream in = Concepts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = reader.lines().toList();
      return parse(lines, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses the lines of a concepts file; a malformed line is an error naming it. */
  static Concepts parse(List<String> lines, String source) {
    Map<String, List<List<String>>> names = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    List<Rule> denials = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = source + " line " + (n + 1);
      if (cols[0].equals("name") && cols.length == 3) {
        names.put(cols[1], patterns(cols[2]).stream().map(Words::parts).toList());
      } else if ((cols[0].equals("rule") || cols[0].equals("against")) && cols.length == 7) {
        if (!names.containsKey(cols[1])) {
          throw new IllegalStateException(where + ": rule for a concept with no name line");
        }
        int gap;
        try {
          gap = cols[3].isBlank() ? 0 : Integer.parseInt(cols[3].strip());
        } catch (NumberFormatException e) {
          throw new IllegalStateException(where + ": the gap '" + cols[3] + "' is not a number", e);
        }
        (cols[0].equals("rule") ? rules : denials)
            .add(
                new Rule(
                    cols[1],
                    patterns(cols[2]),
                    gap,
                    patterns(cols[4]),
                    java.util.Arrays.stream(cols[5].split("&"))
                        .filter(group -> !group.isBlank())
                        .map(Concepts::patterns)
                        .toList(),
                    patterns(cols[6]),
                    cols[0].equals("against")));
      } else {
        throw new IllegalStateException(
            where
                + ": expected 'name' with 3 columns or 'rule' or 'against' with 7, tab-separated");
      }
    }
    return new Concepts(names, rules, denials);
  }

  private static List<Words> patterns(String column) {
    List<Words> out = new ArrayList<>();
    for (String p : column.split("\\|")) {
      if (!p.isBlank()) {
        out.add(Words.of(p));
      }
    }
    return out;
  }
}
