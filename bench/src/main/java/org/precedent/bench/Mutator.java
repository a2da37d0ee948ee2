package org.precedent.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a provision the way negotiators do: modal swaps, qualifiers inserted or dropped, clauses
 * reordered, splices, renumbered references, and OCR-like character noise. Each edit is named so
 * a synthetic provision's lineage says exactly how it differs from its seed.
 */
final class Mutator {
  private static final String[][] MODALS = {
    {"shall", "should"}, {"should", "may"}, {"shall", "may"}, {"urges", "encourages"}, {"decides", "invites"}
  };
  private static final String[] QUALIFIERS = {
    "as appropriate", "in accordance with domestic law", "inter alia", "where applicable", "in appropriate cases"
  };
  private static final Pattern REFERENCE = Pattern.compile("\\b(article|paragraph|resolution) (\\d+)");
  private static final String[][] OCR = {{"rn", "m"}, {"l", "1"}, {"e", "c"}, {"in", "m"}};

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  /** An edited text and the names of the edits applied. */
  record Edited(String text, List<String> edits) {}

  Edited mutate(String text, String spliceWith) {
    List<String> edits = new ArrayList<>();
    String out = text;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(7)) {
        case 0 -> out = swapModal(out, edits);
        case 1 -> out = insertQualifier(out, edits);
        case 2 -> out = dropQualifier(out, edits);
        case 3 -> out = reorderClauses(out, edits);
        case 4 -> out = splice(out, spliceWith, edits);
        case 5 -> out = renumber(out, edits);
        default -> out = ocrNoise(out, edits);
      }
    }
    return new Edited(out, edits);
  }

  private String swapModal(String text, List<String> edits) {
    String[] pair = MODALS[random.nextInt(MODALS.length)];
    String from = random.nextBoolean() ? pair[0] : pair[1];
    String to = from.equals(pair[0]) ? pair[1] : pair[0];
    if (!text.contains(" " + from + " ")) {
      return text;
    }
    edits.add("modal:" + from + "->" + to);
    return text.replaceFirst(" " + from + " ", " " + to + " ");
  }

  private String insertQualifier(String text, List<String> edits) {
    int comma = text.indexOf(", ", text.length() / 3);
    if (comma < 0) {
      return text;
    }
    String q = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
    edits.add("insert:" + q);
    return text.substring(0, comma) + ", " + q + text.substring(comma);
  }

  private String dropQualifier(String text, List<String> edits) {
    for (String q : QUALIFIERS) {
      if (text.contains(", " + q)) {
        edits.add("drop:" + q);
        return text.replaceFirst(", " + Pattern.quote(q), "");
      }
    }
    return text;
  }

  private String reorderClauses(String text, List<String> edits) {
    String[] clauses = text.split("; ");
    if (clauses.length < 2) {
      return text;
    }
    int a = random.nextInt(clauses.length);
    int b = random.nextInt(clauses.length);
    String t = clauses[a];
    clauses[a] = clauses[b];
    clauses[b] = t;
    edits.add("reorder");
    return String.join("; ", clauses);
  }

  private String splice(String text, String other, List<String> edits) {
    if (other == null || other.length() < 40 || text.length() < 40) {
      return text;
    }
    edits.add("splice");
    return text.substring(0, text.length() / 2) + " " + other.substring(other.length() / 2);
  }

  private String renumber(String text, List<String> edits) {
    Matcher m = REFERENCE.matcher(text);
    if (!m.find()) {
      return text;
    }
    int n = Integer.parseInt(m.group(2)) + 1 + random.nextInt(3);
    edits.add("renumber:" + m.group());
    return text.substring(0, m.start(2)) + n + text.substring(m.end(2));
  }

  private String ocrNoise(String text, List<String> edits) {
    String[] pair = OCR[random.nextInt(OCR.length)];
    int at = text.indexOf(pair[0], random.nextInt(Math.max(1, text.length())));
    if (at < 0) {
      return text;
    }
    edits.add("ocr:" + pair[0] + "->" + pair[1]);
    return text.substring(0, at) + pair[1] + text.substring(at + pair[0].length());
  }
}
