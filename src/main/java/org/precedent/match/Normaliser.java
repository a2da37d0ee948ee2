package org.precedent.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.precedent.index.Spelling;

/**
 * Turns text into comparable words and says what it changed. Words are runs of letters and digits
 * (an apostrophe inside a word is kept, hyphens and dashes separate words, so OCR's "is-voluntary"
 * still meets "is voluntary"). Each word is case-folded, accent-folded, respelt to one spelling
 * (British/US, -ise/-ize), and resolution verb forms ("Recognizing", "Recognizes") and reported
 * speech ("were encouraged") are brought to one form. The lists are data in {@code match/}.
 * Thread-safe once built.
 */
public final class Normaliser {
  private static final Set<Character> CURLY_QUOTES =
      Set.of('\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2032');
  private static final Set<Character> DASHES =
      Set.of('\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212');

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /** Invisible format characters (soft hyphen, zero-width space and joiners) inside a word. */
  private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("\\p{Cf}+");

  private final Map<String, String> verbForms = new HashMap<>();
  private final Map<String, String> auxiliaries = new HashMap<>();
  private final Map<String, Set<String>> auxiliaryContext = new HashMap<>();

  /** The long names, as normalised words, by their first word; longest first. */
  private final Map<String, List<List<String>>> boilerplate = new HashMap<>();

  /**
   * Bounds {@link #forms}: surface forms are few in clean text, but OCR debris across a large
   * corpus makes them unbounded. A surface past the bound is normalised afresh each time.
   */
  private static final int MAX_FORMS = 100_000;

  /**
   * Each surface form's normalised word and what normalising it changed. The check normalises every
   * candidate provision it reads, and few surfaces make up most of them (11,575 distinct ones in
   * the 998,519 words of 20,000 provisions of a million): looked up, a word costs a hash probe
   * instead of folding, respelling and lookups in four lists.
   */
  private final Map<String, Form> forms = new ConcurrentHashMap<>();

  /** A surface form normalised: its word and the normalisations that produced it. */
  private record Form(String norm, List<Normalisation> applied) {}

  public Normaliser() {
    for (String[] row : WordLists.rows("verbs.txt")) {
      for (String form : row.length > 1 ? row[1].split(",") : new String[0]) {
        if (!form.isBlank()) {
          verbForms.put(form.strip(), row[0]);
        }
      }
    }
    for (String[] row : WordLists.rows("reported-speech.tsv")) {
      auxiliaries.put(row[0], row[1]);
      auxiliaryContext.put(row[0], Set.of(row[2].split(",")));
    }
    for (String name : WordLists.lines("boilerplate.txt")) {
      List<String> words = new ArrayList<>();
      for (Token t : normalise(name, false).tokens()) {
        words.add(t.norm());
      }
      boilerplate.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
    }
    boilerplate
        .values()
        .forEach(names -> names.sort((x, y) -> Integer.compare(y.size(), x.size())));
  }

  /** Normalises {@code text}; token offsets are into {@code text}. */
  public Normalised normalise(String text) {
    return normalise(text, true);
  }

  private Normalised normalise(String text, boolean markBoilerplate) {
    Set<Normalisation> applied = new LinkedHashSet<>();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      // Every quote and dash folded lies outside ASCII: most characters skip the two lookups.
      if (c > 0x7F && CURLY_QUOTES.contains(c)) {
        applied.add(new Normalisation("quotes", String.valueOf(c), c == '\u2019' ? "'" : "\""));
      } else if (c > 0x7F && DASHES.contains(c)) {
        applied.add(new Normalisation("dashes", String.valueOf(c), "-"));
      }
      if (wordCharAt(text, i) == 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        int length = wordCharAt(text, i);
        if (length == 0 && !isInnerApostrophe(text, i) && !isInnerFormat(text, i)) {
          break;
        }
        i += Math.max(length, 1);
      }
      String surface = text.substring(start, i);
      tokens.add(new Token(word(surface, applied), surface, start, i, false));
    }
    reportedSpeech(tokens, applied);
    if (markBoilerplate) {
      markBoilerplate(tokens);
    }
    return new Normalised(tokens, new ArrayList<>(applied));
  }

  /**
   * The length in chars of the letter or digit at {@code i}, 0 if there is none. ASCII, most of any
   * text, is told without Unicode's tables. Letters outside the Basic Multilingual Plane count too:
   * a "not" pasted in mathematical bold (two chars a letter) must not drop out of the words.
   */
  private static int wordCharAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : 0;
    }
    if (Character.isHighSurrogate(c)) {
      int cp = text.codePointAt(i);
      return Character.isLetterOrDigit(cp) ? Character.charCount(cp) : 0;
    }
    return Character.isLetterOrDigit(c) ? 1 : 0;
  }

  /**
   * An invisible format character inside a word: a soft hyphen or a zero-width space that a PDF or
   * word processor left in "n\u00ADot" reads as "not", not as "n" and "ot".
   */
  private static boolean isInnerFormat(String text, int i) {
    char c = text.charAt(i);
    return c > 0x7F
        && Character.getType(c) == Character.FORMAT
        && i + 1 < text.length()
        && wordCharAt(text, i + 1) > 0;
  }

  private static boolean isInnerApostrophe(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019')
        && i > 0
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  /** The normalised word for {@code surface}, one word as written. */
  String word(String surface) {
    return word(surface, new LinkedHashSet<>());
  }

  private String word(String surface, Set<Normalisation> applied) {
    Form form = forms.get(surface);
    if (form == null) {
      form = form(surface);
      if (forms.size() < MAX_FORMS) {
        forms.put(surface, form);
      }
    }
    if (!form.applied().isEmpty()) {
      // most words need no normalising: an empty list's iterator would be made for nothing
      applied.addAll(form.applied());
    }
    return form.norm();
  }

  private Form form(String surface) {
    List<Normalisation> applied = new ArrayList<>(0);
    String visible = isAscii(surface) ? surface : FORMAT.matcher(surface).replaceAll("");
    if (!visible.equals(surface)) {
      applied.add(new Normalisation("characters", surface, visible));
    }
    String folded = visible.replace('\u2019', '\'');
    if (!folded.equals(surface)) {
      applied.add(new Normalisation("quotes", "\u2019", "'"));
    }
    String ascii = isAscii(folded) ? folded : unmarked(folded, Normalizer.Form.NFKD);
    if (!ascii.equals(folded)) {
      // Compatibility forms (bold or full-width letters, ligatures) read as the letters they
      // show: a "not" pasted from a styled document is still "not".
      boolean accentsOnly = ascii.equals(unmarked(folded, Normalizer.Form.NFD));
      applied.add(new Normalisation(accentsOnly ? "accents" : "characters", surface, ascii));
    }
    String lower = ascii.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && ascii.equals(ascii.toUpperCase(Locale.ROOT)) && hasLetter(ascii)) {
      applied.add(new Normalisation("case", surface, lower));
    }
    String spelt = Spelling.standard(lower);
    if (!spelt.equals(lower)) {
      applied.add(new Normalisation("spelling", lower, spelt));
    }
    String base = verbForms.getOrDefault(spelt, spelt);
    if (!base.equals(spelt)) {
      applied.add(new Normalisation("verb_form", surface, base));
    }
    return new Form(base, List.copyOf(applied));
  }

  private static String unmarked(String s, Normalizer.Form form) {
    return MARKS.matcher(Normalizer.normalize(s, form)).replaceAll("");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }

  private void reportedSpeech(List<Token> tokens, Set<Normalisation> applied) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String aux = tokens.get(k).norm();
      String to = auxiliaries.get(aux);
      if (to != null && auxiliaryContext.get(aux).contains(tokens.get(k + 1).norm())) {
        tokens.set(k, tokens.get(k).withNorm(to));
        applied.add(
            new Normalisation(
                "reported_speech",
                tokens.get(k).surface() + " " + tokens.get(k + 1).surface(),
                to + " " + tokens.get(k + 1).norm()));
      }
    }
  }

  /** Marks the longest listed name starting at each position. */
  private void markBoilerplate(List<Token> tokens) {
    int k = 0;
    while (k < tokens.size()) {
      int length = boilerplateAt(tokens, k);
      if (length == 0) {
        k++;
        continue;
      }
      for (int j = k; j < k + length; j++) {
        tokens.set(j, tokens.get(j).asBoilerplate());
      }
      k += length;
    }
  }

  private int boilerplateAt(List<Token> tokens, int k) {
    List<List<String>> names = boilerplate.get(tokens.get(k).norm());
    if (names == null) {
      return 0;
    }
    for (List<String> name : names) {
      if (k + name.size() > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int j = 0; j < name.size() && all; j++) {
        all = tokens.get(k + j).norm().equals(name.get(j));
      }
      if (all) {
        return name.size();
      }
    }
    return 0;
  }
}
