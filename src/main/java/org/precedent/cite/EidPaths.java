package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.precedent.cite.Reference.Step;
import org.precedent.corpus.Instrument;

/**
 * Structural steps to candidate eids, tried in order. A top-level "paragraph 5" is an operative
 * paragraph of a resolution or decision but a numbered paragraph of a report, so both are tried,
 * the instrument's kind deciding which first, and then the paragraph of its annex.
 */
final class EidPaths {
  private static final Set<String> NARRATIVE =
      Set.of("report", "background", "statement", "letter", "proposals");

  /** eid steps as issue 2 defines them; "annex" is a step without a value. */
  private static final Pattern EID =
      Pattern.compile("[a-z]{1,12}(?:_[a-z0-9]{1,8})?(?:__[a-z]{1,12}(?:_[a-z0-9]{1,8})?){0,6}");

  /**
   * The top-level steps each kind of instrument has, used where the corpus cannot be asked (a
   * metadata-only instrument): "paragraph 10" of a treaty or "article 5" of a resolution is then a
   * 404, not an invented id. Kinds not listed accept any step, and every kind may have footnotes.
   */
  private static final Map<String, Set<String>> TOP_STEPS =
      Map.of(
          "treaty", Set.of("art", "pp"),
          "resolution", Set.of("pp", "op", "para", "annex"),
          "decision", Set.of("pp", "op", "para", "annex"),
          "principles", Set.of("principle", "guideline"),
          "report", Set.of("para", "annex"));

  private EidPaths() {}

  /** Whether {@code path} can exist in an instrument of this kind. */
  static boolean plausible(Instrument inst, List<Step> path) {
    return ofItsKind(inst, path) && withinArticles(inst, path.get(0));
  }

  /** Whether an instrument of this kind has parts of the kind {@code path} starts with. */
  static boolean ofItsKind(Instrument inst, List<Step> path) {
    Set<String> allowed = TOP_STEPS.get(inst.kind());
    String top = path.get(0).type();
    return allowed == null || allowed.contains(top) || top.equals("footnote");
  }

  /** The manifest attribute giving a treaty's number of articles, where its text is not held. */
  static final String ARTICLES = "articles";

  /**
   * Whether {@code top} is no article past the instrument's last, where the manifest records how
   * many it has: "article 99 of the Convention on the Rights of the Child" is no provision of its
   * 54 articles, text or no text.
   */
  private static boolean withinArticles(Instrument inst, Step top) {
    String count = inst.attributes().get(ARTICLES);
    // An instrument added with a count that is no number is taken to have no count.
    if (count == null
        || !count.strip().matches("[0-9]{1,4}")
        || !top.type().equals("art")
        || !top.value().matches("[0-9]{1,6}")) {
      return true;
    }
    return Integer.parseInt(top.value()) <= Integer.parseInt(count.strip());
  }

  static List<String> candidates(Instrument inst, List<Step> path) {
    List<String> heads = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    Step first = path.get(0);
    int from = 1;
    if (first.type().equals("annex")) {
      if (path.size() < 2) {
        return List.of();
      }
      heads.add("annex__" + step(path.get(1)));
      from = 2;
    } else if (first.type().equals("para")) {
      boolean narrative = NARRATIVE.contains(inst.kind());
      String para = "para_" + first.value();
      String op = "op_" + first.value();
      heads.add(narrative ? para : op);
      heads.add(narrative ? op : para);
      // Last: a plan adopted as a resolution's annex is cited by its own paragraph numbers
      // ("A/64/L.64,
      // para. 31", "Global Plan of Action, para. 31"): the resolution has no paragraph 31 of its
      // own.
      heads.add("annex__" + para);
    } else {
      heads.add(step(first));
      if (first.type().equals("subpara") && !NARRATIVE.contains(inst.kind())) {
        // "decision 16/1, subparagraph (b)": a decision's lettered paragraphs are operative.
        heads.add("op_" + first.value());
      }
    }
    for (int n = from; n < path.size(); n++) {
      rest.append("__").append(step(path.get(n)));
    }
    List<String> out = new ArrayList<>();
    for (String head : heads) {
      String eid = head + rest;
      if (EID.matcher(eid).matches()) {
        // "paragraph (a) of article 3": inside another step, a lettered paragraph is first read
        // as the subparagraph it is in every instrument of the corpus, then as written.
        String lettered = LETTERED_PARA.matcher(eid).replaceAll("__subpara_$1");
        if (!lettered.equals(eid)) {
          out.add(lettered);
        }
        out.add(eid);
        // "article 6, subparagraph 2" (the 2010 Working Group report): a numbered subparagraph of
        // an article is its paragraph.
        String numbered = NUMBERED_SUBPARA.matcher(eid).replaceAll("__para_$1");
        if (!numbered.equals(eid)) {
          out.add(numbered);
        }
      }
    }
    return out;
  }

  private static final Pattern LETTERED_PARA = Pattern.compile("__para_([a-z]{1,4})(?=__|$)");

  private static final Pattern NUMBERED_SUBPARA =
      Pattern.compile("(?<=^art_[0-9a-z]{1,8})__subpara_([0-9]{1,3})(?=__|$)");

  private static String step(Step s) {
    return s.type() + "_" + s.value();
  }
}
