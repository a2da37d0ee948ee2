package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precedent.cite.Reference.Step;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;

/**
 * Resolves a {@link Reference} to provisions (eyecite's "resolve"): the instrument through the
 * grammar's manifest, the provision through a {@link ProvisionSource}. Metadata-only instruments
 * resolve to an id with no text and the note "text not in corpus"; their text is never invented.
 */
public final class CitationResolver {
  static final String NOT_IN_CORPUS = "text not in corpus";
  private final CitationGrammar grammar;
  private final ProvisionSource source;

  public CitationResolver(CitationGrammar grammar, ProvisionSource source) {
    this.grammar = grammar;
    this.source = source;
  }

  public Citation resolve(Reference ref) {
    List<String> known = ref.target().ids().stream().filter(grammar::known).toList();
    if (ref.target().kind() == Reference.Kind.NONE || known.isEmpty()) {
      String why = ref.target().why();
      if (why == null) {
        why = "'" + ref.target().name() + "' is not an instrument in the corpus";
      }
      return citation(ref, Citation.NOT_A_CITATION, null, List.of(), why);
    }
    if (known.size() > 1) {
      List<CitedProvision> all = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String id : known) {
        Instrument inst = grammar.instrument(id).orElseThrow();
        lookup(inst, ref.path()).ifPresent(all::add);
        shown.add(id + " (" + inst.title() + ")");
        names.add(normalized(inst, ref.path()));
      }
      String message = ref.target().why() + "; candidates: " + String.join("; ", shown);
      return citation(ref, Citation.AMBIGUOUS, String.join(" | ", names), all, message);
    }
    Instrument inst = grammar.instrument(known.get(0)).orElseThrow();
    String normalized = normalized(inst, ref.path());
    Optional<CitedProvision> found = lookup(inst, ref.path());
    if (found.isEmpty()) {
      return citation(
          ref,
          Citation.NO_SUCH_PROVISION,
          normalized,
          List.of(),
          inst.citationName() + " has no provision " + label(inst, ref.path()));
    }
    String message = ref.target().kind() == Reference.Kind.NAMED ? null : ref.target().why();
    return citation(ref, Citation.RESOLVED, normalized, List.of(found.get()), message);
  }

  private static Citation citation(
      Reference ref, int status, String normalized, List<CitedProvision> ps, String message) {
    return new Citation(ref.text(), ref.start(), ref.end(), status, normalized, ps, message);
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
      String eid = eids.get(0);
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
