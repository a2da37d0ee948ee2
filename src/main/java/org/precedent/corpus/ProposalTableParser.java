package org.precedent.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Layout {@code proposals}: a comments table OCR'd column after column. Each draft paragraph's row
 * ("PP.4 Reaffirming...", "12.", "ANNEX: PLAN OF ACTION") is followed by the delegations' entries
 * ("Japan: Delete ..."); every entry becomes one provision {@code <row>__proposal_<delegation>}
 * under the row's eid ({@code pp_4}, {@code op_2}, {@code annex__chapeau}, {@code annex__para_12}),
 * with a digit suffix for a delegation's second entry in the same row ({@code proposal_japan2}).
 * The draft wording itself is not emitted: it duplicates the first draft, a corpus document of its
 * own.
 *
 * <p>Row labels the OCR lost or garbled are manifest decisions: attribute {@code unlabelledRows}
 * lists {@code line=label} pairs ("2250=5" = annex paragraph 5 starts at seed line 2250; "PP3",
 * "OP1" for the resolution part), and {@code annexParagraphs} bounds the annex numbering so a
 * proposed new "71." stays inside its proposal. An entry whose label starts inside a paragraph (no
 * blank line before it) is cut there; its line range is then the tightest range the paragraph
 * allows, since a label always starts a line.
 */
public final class ProposalTableParser implements StructureParser {
  @Override
  public String layout() {
    return "proposals";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    Walk walk = new Walk(instrument);
    for (Block block : blocks) {
      if (TableMarks.isDebris(block.text())) {
        continue;
      }
      List<Integer> cuts = TableMarks.innerCuts(block.text());
      int pieces = cuts.size() + 1;
      for (int i = 0; i < pieces; i++) {
        int start = i == 0 ? 0 : cuts.get(i - 1);
        int end = i == cuts.size() ? block.text().length() : cuts.get(i);
        String text = block.text().substring(start, end).strip();
        // a label starts a line, so piece i cannot start before line from+i nor end after
        // to-(n-1-i)
        int from = block.fromLine() + i;
        int to = block.toLine() - (pieces - 1 - i);
        walk.piece(text, Math.min(from, to), Math.max(from, to), i == 0);
      }
    }
    walk.close();
    return walk.out;
  }

  /**
   * Japan's entries give reasons as a paragraph "(rationale) ..."; each such paragraph, up to its
   * end, is the rationale (several are joined), continued by the next paragraph when the OCR broke
   * it mid-sentence (no final stop, next paragraph in lower case). The entry's text keeps them too:
   * they are part of what the delegation wrote.
   */
  static Optional<String> rationale(List<String> paragraphs) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      int at = paragraphs.get(i).indexOf(RATIONALE);
      if (at < 0) {
        continue;
      }
      StringBuilder reason =
          new StringBuilder(paragraphs.get(i).substring(at + RATIONALE.length()).strip());
      while (!SENTENCE_END.matcher(reason).find()
          && i + 1 < paragraphs.size()
          && Character.isLowerCase(paragraphs.get(i + 1).charAt(0))) {
        reason.append(' ').append(paragraphs.get(++i));
      }
      found.add(reason.toString());
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", found));
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u201d\"]$");
  private static final String RATIONALE = "(rationale)";

  /** The table's reading state: the current row and the entry being collected. */
  private static final class Walk {
    final List<ParsedProvision> out = new ArrayList<>();
    final Map<Integer, String> unlabelled = new HashMap<>();
    final int annexParagraphs;
    final Map<String, Integer> seen = new HashMap<>();
    String rowEid;
    String commentsOn;
    boolean annex;
    int pp;
    int op;
    int para;
    int section;
    boolean rowHasEntries;
    String delegation;
    final List<String> words = new ArrayList<>();
    int from;
    int to;

    Walk(Instrument instrument) {
      String rows = instrument.attributes().getOrDefault("unlabelledRows", "");
      for (String pair : rows.split("\\s+")) {
        if (!pair.isBlank()) {
          String[] kv = pair.split("=", 2);
          unlabelled.put(Integer.parseInt(kv[0]), kv[1]);
        }
      }
      annexParagraphs =
          Integer.parseInt(instrument.attributes().getOrDefault("annexParagraphs", "99"));
    }

    void piece(String text, int fromLine, int toLine, boolean blockStart) {
      Optional<TableMarks.Heading> heading = annex ? TableMarks.heading(text) : Optional.empty();
      if (heading.isPresent() && heading.get().number() > section) {
        // the draft's section heading: structure, not an entry; a row may follow on the next line
        close();
        section = heading.get().number();
        String rest = text.substring(heading.get().end()).strip();
        if (!rest.isEmpty()) {
          piece(rest, Math.min(fromLine + 1, toLine), toLine, false);
        }
        return;
      }
      String row = blockStart ? unlabelled.get(fromLine) : null;
      if (row != null) {
        startRow(row);
        return;
      }
      Optional<String> labelled = rowLabel(text);
      if (labelled.isPresent()) {
        startRow(labelled.get());
        return;
      }
      Optional<TableMarks.Label> label = TableMarks.label(text, blockStart);
      if (label.isPresent() && rowEid != null) {
        close();
        delegation = label.get().delegation();
        from = fromLine;
        to = toLine;
        add(text.substring(label.get().end()));
        return;
      }
      if (delegation != null) {
        to = toLine;
        add(text);
      }
    }

    /** The row a piece opens, as "PP4", "OP1", "chapeau" or an annex paragraph number. */
    private Optional<String> rowLabel(String text) {
      if (TableMarks.annexRow(text)) {
        return Optional.of("chapeau");
      }
      if (!annex) {
        Optional<Integer> n = TableMarks.ppRow(text);
        if (n.isPresent() && n.get() > pp) {
          return Optional.of("PP" + n.get());
        }
        Optional<Integer> m = TableMarks.numberRow(text);
        if (pp > 0 && m.isPresent() && m.get() == op + 1) {
          return Optional.of("OP" + m.get());
        }
        return Optional.empty();
      }
      Optional<Integer> n = TableMarks.numberRow(text);
      if (n.isPresent() && n.get() == para + 1 && n.get() <= annexParagraphs) {
        return Optional.of(String.valueOf(n.get()));
      }
      return Optional.empty();
    }

    private void startRow(String label) {
      close();
      delegation = null;
      String eid;
      String name;
      if (label.equals("chapeau")) {
        annex = true;
        eid = "annex__chapeau";
        name = "annex chapeau";
      } else if (label.startsWith("PP")) {
        pp = Integer.parseInt(label.substring(2));
        eid = "pp_" + pp;
        name = label;
      } else if (label.startsWith("OP")) {
        op = Integer.parseInt(label.substring(2));
        eid = "op_" + op;
        name = label;
      } else {
        annex = true;
        para = Integer.parseInt(label);
        eid = "annex__para_" + para;
        name = "annex para " + para;
      }
      // the table gives the last preambular paragraph and the operative ones a single row
      if (rowEid != null && !rowHasEntries && !annex) {
        commentsOn = commentsOn + ", " + name;
        return;
      }
      rowEid = eid;
      commentsOn = name;
      rowHasEntries = false;
    }

    private void add(String text) {
      if (!text.isBlank()) {
        words.add(text.strip());
      }
    }

    void close() {
      if (delegation != null && !words.isEmpty()) {
        String key = rowEid + "/" + delegation;
        int n = seen.merge(key, 1, Integer::sum);
        String eid =
            rowEid + "__proposal_" + TableMarks.slug(delegation) + (n > 1 ? String.valueOf(n) : "");
        String text = String.join(" ", words);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("delegation", delegation);
        attributes.put("commentsOn", commentsOn);
        rationale(words).ifPresent(r -> attributes.put("rationale", r));
        out.add(new ParsedProvision(eid, "proposal", "", "", text, from, to, attributes));
        rowHasEntries = true;
      }
      delegation = null;
      words.clear();
    }
  }
}
