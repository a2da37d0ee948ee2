package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.precedent.cite.Reference.Step;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * Resolves a {@link Reference} to provisions (eyecite's "resolve"): the instrument through the
 * grammar's manifest, the provision through a {@link ProvisionSource}. Metadata-only instruments
 * resolve to an id with no text and the note "text not in corpus"; their text is never invented. A
 * resolver serves one snapshot of its source (the facade makes a new one after every reindex), so
 * it keeps what it resolved: a text cites the same few provisions again and again.
 */
public final class CitationResolver {
  static final String NOT_IN_CORPUS = "text not in corpus";

  /** Resolutions kept; past this the cache starts over, which only costs a re-resolve. */
  private static final int CACHED = 4_096;

  private final CitationGrammar grammar;
  private final ProvisionSource source;
  private final Map<Cited, Resolution> resolved = new ConcurrentHashMap<>();

  public CitationResolver(CitationGrammar grammar, ProvisionSource source) {
    this.grammar = grammar;
    this.source = source;
  }

  /** All a resolution depends on: the span of the reference does not matter. */
  private record Cited(Reference.Target target, List<Step> path) {}

  /** A citation without its span. */
  private record Resolution(
      int status, String normalized, List<CitedProvision> provisions, String message) {
    Resolution {
      provisions = List.copyOf(provisions);
    }
  }

  public Citation resolve(Reference ref) {
    Cited cited = new Cited(ref.target(), ref.path());
    Resolution r = resolved.get(cited);
    if (r == null) {
      r = resolve(ref.target(), ref.path());
      if (resolved.size() >= CACHED) {
        resolved.clear();
      }
      resolved.put(cited, r);
    }
    return new Citation(
        ref.text(),
        ref.start(),
        ref.end(),
        r.status(),
        r.normalized(),
        r.provisions(),
        r.message());
  }

  private Resolution resolve(Reference.Target target, List<Step> path) {
    List<String> known = target.ids().stream().filter(grammar::known).toList();
    if (target.kind() == Reference.Kind.NONE || known.isEmpty()) {
      String why = target.why();
      if (why == null) {
        why = "'" + target.name() + "' is not an instrument in the corpus";
      }
      return new Resolution(Citation.NOT_A_CITATION, null, List.of(), why);
    }
    if (known.size() > 1) {
      List<CitedProvision> all = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String id : known) {
        Instrument inst = grammar.instrument(id).orElseThrow();
        lookup(inst, path).ifPresent(all::add);
        shown.add(id + " (" + inst.title() + ")");
        names.add(normalized(inst, path));
      }
      String message = target.why() + "; candidates: " + String.join("; ", shown);
      return new Resolution(Citation.AMBIGUOUS, String.join(" | ", names), all, message);
    }
    Instrument inst = grammar.instrument(known.get(0)).orElseThrow();
    if (target.kind() == Reference.Kind.CONTEXT
        && !path.isEmpty()
        && !EidPaths.ofItsKind(inst, path)) {
      // "OP5 should be deleted" in a delegation's comments after a mention of the Convention: a
      // part a treaty cannot have is the text's own, or a draft's, not a missing one of the treaty.
      return new Resolution(
          Citation.NOT_A_CITATION,
          null,
          List.of(),
          "no instrument is named for "
              + label(inst, path)
              + ": the nearest named before it, "
              + inst.citationName()
              + ", is a "
              + inst.kind()
              + " with no such part at its top level: name the article or the document");
    }
    List<Step> cited = path;
    // Cited by its recommendations ("paragraph 11 of the recommendations of the ... Working
    // Group"), the numbers are the corpus's own; only the report's paragraphs are shifted.
    boolean byRecommendation =
        target.name() != null && target.name().toLowerCase(Locale.ROOT).contains("recommendation");
    path = byRecommendation ? path : ownNumbering(inst, path);
    String renumbered =
        path.equals(cited)
            ? null
            : "the report's "
                + label(inst, cited)
                + " is "
                + label(inst, path)
                + " here: the corpus holds "
                + inst.citationName()
                + " numbered as reproduced elsewhere (see the instrument's notes)";
    String normalized = normalized(inst, path);
    Optional<CitedProvision> found = lookup(inst, path);
    if (found.isEmpty()) {
      return new Resolution(
          Citation.NO_SUCH_PROVISION,
          normalized,
          List.of(),
          joined(
              inst.citationName() + " has no provision " + label(inst, path) + articles(inst),
              renumbered));
    }
    String message =
        joined(target.kind() == Reference.Kind.NAMED ? null : target.why(), renumbered);
    String id = found.get().id();
    String eid = path.isEmpty() ? "" : id.substring(id.indexOf('/') + 1);
    if (!path.isEmpty() && readInAnnex(path, eid)) {
      // "A/64/L.64, para. 31": the resolution's own paragraphs stop at 7; the plan's go on.
      // Without text, only the draft's numbering put it there, and the draft's message says so.
      normalized = inst.citationName() + ", " + Labels.of(eid);
      if (inst.hasText()) {
        String why = inst.citationName() + " has no " + label(inst, path) + " outside its annex";
        message = joined(message, "read as " + Labels.of(eid) + ": " + why);
      }
    }
    if (found.get().text() == null) {
      message = joined(message, draftHolding(inst, path).orElse(null));
    }
    return new Resolution(Citation.RESOLVED, normalized, List.of(found.get()), message);
  }

  /** The manifest attribute shifting a cited top-level paragraph number to the corpus's own. */
  static final String CITED_PARAGRAPH_OFFSET = "citedParagraphOffset";

  /**
   * {@code path} in the corpus's numbering of {@code inst}. The corpus holds the 2009 Working Group
   * report as its recommendations were reproduced, numbered one less than the report's own
   * paragraphs, which later texts cite ("paragraph 12 of the report on the 2009 meeting" is its
   * recommendation on non-punishment, 11 here): the manifest records the shift, and its evidence.
   */
  private static List<Step> ownNumbering(Instrument inst, List<Step> path) {
    String offset = inst.attributes().get(CITED_PARAGRAPH_OFFSET);
    if (offset == null
        || !offset.strip().matches("-?[0-9]{1,3}")
        || path.isEmpty()
        || !path.get(0).type().equals("para")) {
      return path;
    }
    String value = path.get(0).value();
    if (!value.matches("[0-9]{1,4}")) {
      return path;
    }
    // Below 1 (the report's opening paragraphs, before its recommendations): no provision here.
    int own = Math.max(0, Integer.parseInt(value) + Integer.parseInt(offset.strip()));
    List<Step> shifted = new ArrayList<>(path);
    shifted.set(0, new Step("para", Integer.toString(own)));
    return List.copyOf(shifted);
  }

  /** "; it has 54 articles", where the manifest records the count. */
  private static String articles(Instrument inst) {
    String count = inst.attributes().get(EidPaths.ARTICLES);
    return count == null ? "" : "; it has " + count.trim() + " articles";
  }

  /** Whether {@code eid}, found for a path that names no annex, is in the annex. */
  private static boolean readInAnnex(List<Step> path, String eid) {
    return eid.startsWith("annex__") && !path.get(0).type().equals("annex");
  }

  /**
   * Where an adopted instrument without text was adopted from a draft the corpus holds (the
   * manifest's {@code draft} link: A/RES/64/293 from A/64/L.64), the draft's provision numbered as
   * the citation is. Named as the draft's, never given as the adopted text: the adopted text may
   * have been revised after the draft (A/64/L.64 was adopted as orally revised).
   */
  private Optional<String> draftHolding(Instrument inst, List<Step> path) {
    return draftProvision(inst, path)
        .map(
            p ->
                "the text of "
                    + inst.citationName()
                    + " is not in the corpus; the draft it was adopted from has a provision"
                    + " numbered so, "
                    + p.citation()
                    + " ("
                    + p.id()
                    + "): the draft's wording, which the adoption may have revised");
  }

  /**
   * The provision of {@code inst}'s draft (the manifest's {@code draft} link, when the corpus holds
   * its text) that {@code path} names, trying the same eids as for {@code inst} itself.
   */
  private Optional<Provision> draftProvision(Instrument inst, List<Step> path) {
    String draftId = inst.links().get("draft");
    Optional<Instrument> draft =
        draftId == null
            ? Optional.empty()
            : grammar.instrument(draftId).filter(Instrument::hasText);
    if (draft.isEmpty() || path.isEmpty()) {
      return Optional.empty();
    }
    for (String eid : EidPaths.candidates(draft.get(), path)) {
      Optional<Provision> p = ProvisionId.parse(draftId + "/" + eid).flatMap(source::provision);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static String joined(String first, String second) {
    return first == null ? second : second == null ? first : first + "; " + second;
  }

  private Optional<CitedProvision> lookup(Instrument inst, List<Step> path) {
    if (path.isEmpty()) {
      String note =
          inst.hasText()
              ? "the instrument as a whole; its provisions are listed at /api/instruments/"
                  + inst.id()
              : NOT_IN_CORPUS;
      return Optional.of(
          new CitedProvision(
              inst.id(), inst.citationName(), null, inst.status().label(), null, note));
    }
    List<String> eids = EidPaths.candidates(inst, path);
    if (eids.isEmpty()) {
      return Optional.empty();
    }
    if (!inst.hasText()) {
      if (!EidPaths.plausible(inst, path)) {
        return Optional.empty();
      }
      // Numbered as the draft it was adopted from is, where the corpus holds that draft: "Global
      // Plan of Action, para. 31" is the plan's paragraph 31 (annex), as in A/64/L.64.
      String eid =
          draftProvision(inst, path)
              .map(p -> p.id().eid())
              .filter(eids::contains)
              .orElse(eids.get(0));
      return Optional.of(
          new CitedProvision(
              inst.id() + "/" + eid,
              inst.citationName() + ", " + Labels.of(eid),
              null,
              inst.status().label(),
              null,
              NOT_IN_CORPUS));
    }
    for (String eid : eids) {
      Optional<Provision> p = ProvisionId.parse(inst.id() + "/" + eid).flatMap(source::provision);
      if (p.isPresent()) {
        Provision v = p.get();
        return Optional.of(
            new CitedProvision(
                v.id().toString(), v.citation(), v.text(), v.status().label(), v.hash(), null));
      }
    }
    return Optional.empty();
  }

  private static String label(Instrument inst, List<Step> path) {
    List<String> eids = EidPaths.candidates(inst, path);
    return eids.isEmpty() ? String.valueOf(path) : Labels.of(eids.get(0));
  }

  private static String normalized(Instrument inst, List<Step> path) {
    return path.isEmpty() ? inst.citationName() : inst.citationName() + ", " + label(inst, path);
  }
}
