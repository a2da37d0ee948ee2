package org.precedent.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a draft resolution's paragraphs in order: header (skipped), "The General Assembly,",
 * preamble, operative part, annex. One instance per document; see {@link ResolutionParser} for the
 * rules and the manifest attributes that steer them.
 */
final class ResolutionReader {
  private enum Phase {
    HEADER,
    PREAMBLE,
    OPERATIVE,
    ANNEX
  }

  /** "L.", "a)", "17.", "4": a detached label or page number, no words of a provision. */
  private static final Pattern DEBRIS = Pattern.compile("\\S{1,3}");

  private final Map<String, String> attributes;
  private final Integer annexFrom;
  private final Set<Integer> overridden = new HashSet<>();
  private final List<ParsedProvision> out = new ArrayList<>();
  private Phase phase = Phase.HEADER;
  private boolean labelledPreamble;
  private int pp;
  private int indents;
  private int number;
  private String current;
  private char nextLetter = 'a';
  private boolean listOpen;
  private String section = "";

  ResolutionReader(Map<String, String> attributes) {
    this.attributes = attributes;
    String from = attributes.get(ResolutionParser.ANNEX_FROM);
    this.annexFrom = from == null ? null : Integer.valueOf(from);
  }

  List<ParsedProvision> provisions() {
    return out;
  }

  void accept(Block block) {
    List<String> parts = split(block.text());
    int lines = block.toLine() - block.fromLine() + 1;
    for (int i = 0; i < parts.size(); i++) {
      // One unit per line is the only case where a unit's own lines are known exactly.
      boolean exact = parts.size() == lines && parts.size() > 1;
      int from = exact ? block.fromLine() + i : block.fromLine();
      int to = exact ? from : block.toLine();
      String text = parts.get(i).strip();
      if (!text.isEmpty()) {
        handle(text, from, to);
      }
    }
  }

  private List<String> split(String text) {
    if (phase == Phase.HEADER) {
      return List.of(text);
    }
    Optional<ResolutionLabels.Number> label = ResolutionLabels.number(text);
    boolean operative = label.isPresent() && !label.get().prefix().equals("PP");
    if (phase == Phase.PREAMBLE && !operative) {
      boolean labelled = labelledPreamble || label.isPresent();
      return ResolutionLabels.splitPreamble(text, labelled);
    }
    return ResolutionLabels.splitOperative(text);
  }

  private void handle(String text, int from, int to) {
    if (phase != Phase.HEADER && DEBRIS.matcher(text).matches()) {
      return;
    }
    String override = attributes.get(ResolutionParser.EID_AT + from);
    if (override != null && overridden.add(from)) {
      String words = ResolutionLabels.number(text).map(n -> n.rest()).orElse(text);
      open(override, words);
      emit(override, words, from, to, Map.of("number", "assigned in manifest"));
      return;
    }
    if (phase != Phase.ANNEX && annexFrom != null && from >= annexFrom) {
      startAnnex();
    }
    var annexHeading = ResolutionLabels.ANNEX.matcher(text);
    if (phase != Phase.HEADER && phase != Phase.ANNEX && annexHeading.matches()) {
      startAnnex();
      add("annex", "annex", annexHeading.group(1).strip(), "", "", from, to, Map.of());
      return;
    }
    switch (phase) {
      case HEADER -> header(text, from, to);
      case PREAMBLE -> preamble(text, from, to);
      default -> numbered(text, from, to);
    }
  }

  private void header(String text, int from, int to) {
    if (ResolutionLabels.GENERAL_ASSEMBLY.matcher(text).matches()) {
      phase = Phase.PREAMBLE;
    }
  }

  private void preamble(String text, int from, int to) {
    Optional<ResolutionLabels.Number> label = ResolutionLabels.number(text);
    if (label.isPresent() && label.get().prefix().equals("PP")) {
      labelledPreamble = true;
      if (!label.get().rest().isEmpty()) {
        pp = label.get().number();
        indents = 0;
        emit("pp_" + pp, label.get().rest(), from, to, Map.of("label", label.get().label()));
      }
    } else if (label.isPresent()) {
      if (!label.get().rest().isEmpty()) {
        phase = Phase.OPERATIVE;
        numbered(text, from, to);
      }
    } else if (pp > 0 && ResolutionLabels.isIndent(text)) {
      indents++;
      emit(
          "pp_" + pp + "__indent_" + indents,
          ResolutionLabels.stripBullet(text),
          from,
          to,
          Map.of());
    } else {
      pp++;
      indents = 0;
      emit("pp_" + pp, text, from, to, labelledPreamble ? inferred() : Map.of());
    }
  }

  private void numbered(String text, int from, int to) {
    if (phase == Phase.ANNEX && ResolutionLabels.SECTION.matcher(text).matches()) {
      section = ResolutionLabels.SECTION.matcher(text).replaceFirst("$1");
      listOpen = false;
      return;
    }
    Optional<ResolutionLabels.Number> label = ResolutionLabels.number(text);
    Optional<ResolutionLabels.Letter> letter =
        label.isPresent() ? Optional.empty() : ResolutionLabels.letter(text, listOpen);
    if (letter.isPresent() && current != null) {
      String value = letter.get().letter().isEmpty() ? "" + nextLetter : letter.get().letter();
      nextLetter = (char) (value.charAt(0) + 1);
      listOpen = true;
      emit(
          current + "__subpara_" + value,
          letter.get().rest(),
          from,
          to,
          Map.of("label", letter.get().label()));
    } else if (label.isPresent()) {
      if (!label.get().rest().isEmpty()) {
        number = label.get().number();
        String eid = prefix() + label.get().value();
        open(eid, label.get().rest());
        emit(eid, label.get().rest(), from, to, Map.of("label", label.get().label()));
      }
    } else if (phase == Phase.ANNEX && current == null && !introComplete()) {
      intro(text, from, to);
    } else {
      number++;
      String eid = prefix() + number;
      String words = ResolutionLabels.stripBullet(text);
      open(eid, words);
      emit(eid, words, from, to, inferred());
    }
  }

  /** An annex chapeau ends with its colon; unnumbered blocks after it are paragraphs. */
  private boolean introComplete() {
    int last = out.size() - 1;
    return last >= 0
        && out.get(last).eid().equals(ResolutionParser.ANNEX_INTRO)
        && out.get(last).text().endsWith(":");
  }

  private void intro(String text, int from, int to) {
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).eid().equals(ResolutionParser.ANNEX_INTRO)) {
      ParsedProvision p = out.remove(last);
      text = p.text() + " " + text;
      from = p.fromLine();
    }
    emit(ResolutionParser.ANNEX_INTRO, text, from, to, Map.of());
  }

  private void startAnnex() {
    phase = Phase.ANNEX;
    current = null;
    number = 0;
    listOpen = false;
    section = "";
  }

  private void open(String eid, String words) {
    current = eid;
    nextLetter = 'a';
    listOpen = words.endsWith(":");
    if (eid.matches("(?:annex__para|op)_\\d+")) {
      number = Integer.parseInt(eid.substring(eid.lastIndexOf('_') + 1));
    }
  }

  private String prefix() {
    return phase == Phase.ANNEX ? "annex__para_" : "op_";
  }

  private static Map<String, String> inferred() {
    return Map.of("number", "inferred from order (label lost in the source)");
  }

  private void emit(String eid, String text, int from, int to, Map<String, String> attributes) {
    String unit = eid.substring(eid.lastIndexOf("__") < 0 ? 0 : eid.lastIndexOf("__") + 2);
    unit = unit.indexOf('_') < 0 ? unit : unit.substring(0, unit.indexOf('_'));
    String where = eid.startsWith("annex") ? section : "";
    add(eid, unit, "", where, text, from, to, attributes);
  }

  private void add(
      String eid,
      String unit,
      String heading,
      String where,
      String text,
      int from,
      int to,
      Map<String, String> attributes) {
    String lines = this.attributes.get(ResolutionParser.LINES_OF + eid);
    if (lines != null) {
      // the manifest knows where a unit cut out of a longer OCR paragraph lies
      String[] range = lines.split("-");
      from = Integer.parseInt(range[0].strip());
      to = Integer.parseInt(range[range.length - 1].strip());
    }
    out.add(new ParsedProvision(eid, unit, heading, where, text, from, to, attributes));
  }
}
