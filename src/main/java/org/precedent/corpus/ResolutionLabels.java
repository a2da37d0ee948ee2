package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a draft resolution prints, as OCR delivers them: "PP1", "PP.2", "1.", "OP6.", "7:",
 * "37,", "10.Reaffirm", "1bis.", "- 43.", "(a)", "a.", "(@)" for (a) and "¢." for c. Also the
 * points where one OCR paragraph holds several units (two preambular paragraphs run together, a
 * subparagraph list on consecutive lines), so the reader can cut them apart.
 */
final class ResolutionLabels {
  static final Pattern GENERAL_ASSEMBLY = Pattern.compile("^The General Assembly\\s*,?$");
  static final Pattern ANNEX = Pattern.compile("^(?:ANNEX|Annex)\\b[\\s:.\\-–]*(.*)$");

  /** "I. Preventing ...", "L Preventing ..." (OCR for I), "i) I. Preventing ...": no end stop. */
  static final Pattern SECTION =
      Pattern.compile("^(?:[ivx]{1,4}\\)\\s*)?([IVXLl1]{1,4}[.\\-]?\\s+\\p{Lu}[^;:.,]{2,120})$");

  private static final Pattern NUMBER =
      Pattern.compile(
          "^(?:[-–]\\s+)?(?:(PP|OP)\\s*\\.?\\s*)?(\\d{1,3})(bis|ter|quater)?(?!\\d)\\s*([.,:]?)\\s*(.*)$");
  private static final Pattern SUBPARA =
      Pattern.compile("^(?:[-–]\\s+)?(\\(([a-z])\\)|([a-z])[.)])\\s+(.*)$");

  /** A letter label OCR has damaged: "(@)", "(©0", "¢."; only read where a list is expected. */
  private static final Pattern DAMAGED_SUBPARA =
      Pattern.compile("^(?:[-–]\\s+)?(\\(\\S{1,2}\\)?|[^\\s\\p{L}\\d][.)])\\s+(\\p{Lu}.*)$");

  /** A bullet ("-", "•", OCR's "e" or ".") before a lower-case word: a list indent. */
  private static final Pattern BULLET = Pattern.compile("^(?:[-–•·]|e|\\.)\\s+(?=\\p{Ll})");

  private static final Pattern PREAMBLE_VERB =
      Pattern.compile(
          "(?<=,)\\s+(?=(?:Recognizing|Recalling|Reaffirming|Reiterating|Noting|Acknowledging"
              + "|Welcoming|Emphasizing|Stressing|Expressing|Bearing|Convinced|Concerned|Mindful"
              + "|Considering|Guided|Underlining|Affirming|Alarmed|Taking)\\s)");
  private static final Pattern PP_LABEL_INSIDE =
      Pattern.compile("\\s+(?=PP\\s*\\.?\\s*\\d{1,3}\\.?\\s+\\p{Lu})");
  private static final Pattern INDENT_INSIDE =
      Pattern.compile("(?<=[,;:])\\s+(?=(?:[-–•]|e)\\s+\\p{Ll})");
  private static final Pattern SECTION_THEN_NUMBER =
      Pattern.compile(
          "^((?:[ivx]{1,4}\\)\\s*)?[IVXLl1]{1,4}[.\\-]?\\s+\\p{Lu}[^;:.,]{2,120}?)\\s+(?=\\d{1,3}[.:]\\s+\\p{Lu})");
  private static final Pattern ANNEX_INSIDE = Pattern.compile("\\s+(?=ANNEX\\b)");

  private ResolutionLabels() {}

  /** A numbered label: prefix "PP"/"OP" or empty, number, suffix ("bis") and the words after. */
  record Number(String prefix, int number, String suffix, String label, String rest) {
    String value() {
      return number + suffix;
    }
  }

  /** A lettered label; {@code letter} is empty when OCR damaged it beyond reading. */
  record Letter(String letter, String label, String rest) {}

  static Optional<Number> number(String text) {
    Matcher m = NUMBER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String prefix = m.group(1) == null ? "" : m.group(1);
    String punct = m.group(4);
    String rest = m.group(5);
    if (prefix.isEmpty() && punct.isEmpty() && !rest.isEmpty()) {
      return Optional.empty();
    }
    if (!rest.isEmpty()
        && !Character.isLetter(rest.charAt(0))
        && "[\"“*".indexOf(rest.charAt(0)) < 0) {
      return Optional.empty();
    }
    String suffix = m.group(3) == null ? "" : m.group(3);
    String label = text.substring(0, m.start(5)).strip();
    return Optional.of(
        new Number(prefix, Integer.parseInt(m.group(2)), suffix, label, rest.strip()));
  }

  static Optional<Letter> letter(String text, boolean listExpected) {
    Matcher m = SUBPARA.matcher(text);
    if (m.matches()) {
      String letter = m.group(2) != null ? m.group(2) : m.group(3);
      return Optional.of(new Letter(letter, m.group(1), m.group(4)));
    }
    Matcher d = DAMAGED_SUBPARA.matcher(text);
    if (listExpected && d.matches()) {
      return Optional.of(new Letter("", d.group(1), d.group(2)));
    }
    return Optional.empty();
  }

  static boolean isIndent(String text) {
    return BULLET.matcher(text).find() || Character.isLowerCase(text.codePointAt(0));
  }

  static String stripBullet(String text) {
    return BULLET.matcher(text).replaceFirst("").replaceFirst("^[-–•]\\s+", "");
  }

  /** Preambular paragraphs OCR ran together, cut where the next one's label or verb begins. */
  static List<String> splitPreamble(String text, boolean labelled) {
    List<String> out = new ArrayList<>();
    for (String part : (labelled ? PP_LABEL_INSIDE : PREAMBLE_VERB).split(text)) {
      out.addAll(List.of(INDENT_INSIDE.split(part)));
    }
    return out;
  }

  /**
   * Operative or annex text holding several units: the next number after the block's own ("43.
   * [Merged] 44. [Merged]"), a lettered list after a colon ("including by: - a. ... - b. ..."), or
   * an annex heading run into the last paragraph.
   */
  static List<String> splitOperative(String text) {
    List<String> out = new ArrayList<>();
    String rest = text;
    Matcher heading = SECTION_THEN_NUMBER.matcher(rest);
    if (heading.find()) {
      out.add(heading.group(1));
      rest = rest.substring(heading.end());
    }
    Optional<Number> own = number(rest);
    int next = own.map(n -> n.number() + 1).orElse(-1);
    Optional<Letter> ownLetter = letter(rest, false);
    char letter = ownLetter.map(l -> (char) (l.letter().charAt(0) + 1)).orElse('a');
    while (true) {
      int cut = -1;
      boolean byNumber = false;
      Matcher annex = ANNEX_INSIDE.matcher(rest);
      if (annex.find()) {
        cut = annex.start();
      }
      int found = -1;
      if (next > 0) {
        // the next number, or one or two further on when OCR lost a paragraph in between
        String numbers = next + "|" + (next + 1) + "|" + (next + 2);
        Matcher m =
            Pattern.compile("\\s+(?=(?:[-–]\\s+)?(" + numbers + ")[.:]\\s+[\\p{Lu}\\[])")
                .matcher(rest);
        if (m.find() && (cut < 0 || m.start() < cut)) {
          cut = m.start();
          byNumber = true;
          found = Integer.parseInt(m.group(1));
        }
      }
      String letterAhead =
          letter == 'a'
              ? "(?<=:)\\s+(?=(?:[-–]\\s+)?\\(?a[.)]\\s)"
              : "\\s+(?=(?:[-–]\\s+)?\\(?" + letter + "[.)]\\s+\\p{Lu})";
      Matcher l = Pattern.compile(letterAhead).matcher(rest);
      if (l.find() && (cut < 0 || l.start() < cut)) {
        cut = l.start();
        byNumber = false;
      }
      if (cut < 0) {
        out.add(rest);
        return out;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).strip();
      if (byNumber) {
        next = found + 1;
        letter = 'a';
      } else if (!rest.startsWith("ANNEX")) {
        letter++;
      }
    }
  }
}
