package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout {@code treaty}: a treaty transcribed as its official print lays it out. Before the first
 * chapter or article come the title, the opening formula ("The States Parties to this Protocol,")
 * and the preambular paragraphs up to "Have agreed as follows:"; the formulae are not provisions,
 * the paragraphs between them are {@code pp_N}. Then: a chapter line ("I. General provisions",
 * "Chapter I – ...") sets the section; "Article N" opens {@code art_N} and the next paragraph is
 * its heading (kept out of the text); "1." numbered paragraphs, "(a)" lettered subparagraphs, "(i)"
 * roman clauses, "a." subclauses inside a clause and "–" dash items become nested eids. Words
 * before a list are the parent's own text (its chapeau); unlabelled words after a list are the list
 * owner's {@code tail}, so the full text reads in print order.
 */
public final class TreatyParser implements StructureParser {
  private static final Pattern ARTICLE = Pattern.compile("Article (\\d+)");
  private static final Pattern CHAPTER = Pattern.compile("(?:Chapter )?([IVXL]+)(?:\\.| –) \\S.*");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\. (.+)");
  private static final Pattern PAREN_LABEL = Pattern.compile("\\(([a-z]+)\\)\\s*(.*)");
  private static final Pattern SUBCLAUSE = Pattern.compile("([a-z])\\. (.+)");
  private static final Pattern DASH = Pattern.compile("[–—-] (.+)");
  private static final String AGREED = "Have agreed as follows:";
  private static final List<String> ROMANS =
      List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

  @Override
  public String layout() {
    return "treaty";
  }

  @Override
  public List<ParsedProvision> parse(List<Block> blocks, Instrument instrument) {
    List<ParsedProvision> out = new ArrayList<>();
    int body = firstBodyBlock(blocks);
    preamble(blocks.subList(0, body), out);
    State state = new State();
    for (Block block : blocks.subList(body, blocks.size())) {
      body(block, block.text(), state, out, instrument);
    }
    return out;
  }

  private static int firstBodyBlock(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).text();
      if (ARTICLE.matcher(text).matches() || CHAPTER.matcher(text).matches()) {
        return i;
      }
    }
    return blocks.size();
  }

  /** Preambular paragraphs lie between the opening formula and "Have agreed as follows:". */
  private static void preamble(List<Block> blocks, List<ParsedProvision> out) {
    int end = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().equals(AGREED)) {
        end = i;
      }
    }
    if (end < 0) {
      return;
    }
    int opening = -1;
    for (int i = 0; i < end && opening < 0; i++) {
      if (blocks.get(i).text().endsWith(",")) {
        opening = i;
      }
    }
    for (int i = opening + 1; i < end; i++) {
      Block block = blocks.get(i);
      out.add(ParsedProvision.of("pp_" + (i - opening), "preamble", "", block, block.text()));
    }
  }

  private static void body(
      Block block, String text, State s, List<ParsedProvision> out, Instrument instrument) {
    Matcher m;
    if ((m = ARTICLE.matcher(text)).matches()) {
      s.openArticle(m.group(1), block.fromLine());
    } else if (s.awaitingHeading) {
      s.heading = text;
      s.awaitingHeading = false;
      out.add(
          new ParsedProvision(
              s.article, "article", text, s.section, "", s.articleLine, block.toLine(), null));
    } else if (CHAPTER.matcher(text).matches()) {
      s.section = text;
      s.article = null;
    } else if ((m = NUMBERED.matcher(text)).matches()) {
      s.para = s.article + "__para_" + m.group(1);
      s.resetList();
      out.add(s.provision(s.para, "paragraph", m.group(2), block));
    } else if ((m = PAREN_LABEL.matcher(text)).matches()) {
      item(block, m.group(1), m.group(2), s, out, instrument);
    } else if (s.clause != null && (m = SUBCLAUSE.matcher(text)).matches()) {
      String eid = s.clause + "__subclause_" + m.group(1);
      out.add(s.provision(eid, "subclause", m.group(2), block));
    } else if ((m = DASH.matcher(text)).matches()) {
      s.indents++;
      out.add(s.provision(s.listOwner() + "__indent_" + s.indents, "indent", m.group(1), block));
    } else if (s.article != null && s.subpara == null && s.indents == 0 && s.para == null) {
      s.replaceArticleText(text, block, out);
    } else if (s.subpara != null) {
      out.add(s.provision(s.listOwner() + "__tail", "tail", text, block));
    } else {
      throw new IllegalStateException(
          instrument.id() + ": unlabelled text at line " + block.fromLine() + " in " + s.article);
    }
  }

  /**
   * A parenthesised item: a roman clause of the open subparagraph, or a lettered subparagraph. "(a)
   * (i) The conversion ..." opens the subparagraph and goes on with its first clause.
   */
  private static void item(
      Block block,
      String label,
      String rest,
      State s,
      List<ParsedProvision> out,
      Instrument instrument) {
    String eid;
    String unit;
    if (s.isRoman(label)) {
      s.clause = s.subpara + "__clause_" + label;
      s.clauseLabel = label;
      eid = s.clause;
      unit = "clause";
    } else if (label.length() == 1 && s.article != null) {
      s.subpara = s.listOwner() + "__subpara_" + label;
      s.subparaLabel = label;
      s.clause = null;
      s.clauseLabel = null;
      eid = s.subpara;
      unit = "subparagraph";
    } else {
      throw new IllegalStateException(
          instrument.id() + ": item (" + label + ") out of place at line " + block.fromLine());
    }
    if (PAREN_LABEL.matcher(rest).matches()) {
      body(block, rest, s, out, instrument);
    } else {
      out.add(s.provision(eid, unit, rest, block));
    }
  }

  /** Where the parser is: the open article, paragraph, subparagraph and clause. */
  private static final class State {
    String section = "";
    String article;
    String heading = "";
    boolean awaitingHeading;
    String para;
    String subpara;
    String subparaLabel;
    String clause;
    String clauseLabel;
    int indents;
    int articleLine;

    void openArticle(String number, int line) {
      article = "art_" + number;
      articleLine = line;
      heading = "";
      awaitingHeading = true;
      para = null;
      resetList();
    }

    void resetList() {
      subpara = null;
      subparaLabel = null;
      clause = null;
      clauseLabel = null;
      indents = 0;
    }

    String listOwner() {
      return para != null ? para : article;
    }

    /** "(i)" is a letter after "(h)", a clause otherwise; "(v)" or "(x)" continue a clause run. */
    boolean isRoman(String label) {
      if (!ROMANS.contains(label) || subpara == null) {
        return false;
      }
      if (label.equals("i")) {
        return !"h".equals(subparaLabel) || clauseLabel != null;
      }
      return clauseLabel != null && ROMANS.indexOf(label) == ROMANS.indexOf(clauseLabel) + 1;
    }

    ParsedProvision provision(String eid, String unit, String text, Block block) {
      return new ParsedProvision(
          eid, unit, heading, section, text, block.fromLine(), block.toLine(), Map.of());
    }

    /** An article without numbered paragraphs: its words (or chapeau) are the article's own. */
    void replaceArticleText(String text, Block block, List<ParsedProvision> out) {
      for (int i = out.size() - 1; i >= 0; i--) {
        ParsedProvision p = out.get(i);
        if (p.eid().equals(article)) {
          if (!p.text().isEmpty()) {
            throw new IllegalStateException(
                article + ": second unlabelled paragraph at line " + block.fromLine());
          }
          out.set(
              i,
              new ParsedProvision(
                  article, "article", heading, section, text, p.fromLine(), block.toLine(), null));
          return;
        }
      }
    }
  }
}
