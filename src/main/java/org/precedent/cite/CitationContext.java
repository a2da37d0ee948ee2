package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import org.precedent.cite.Reference.Kind;
import org.precedent.cite.Reference.Target;

/**
 * The instruments a text has named so far, nearest last: what "the Protocol", "its article 9",
 * "ibid." and a bare "article 6" refer to. One per finder pass; not shared.
 */
final class CitationContext {
  private final CitationGrammar grammar;
  private final List<List<String>> named = new ArrayList<>();

  CitationContext(CitationGrammar grammar) {
    this.grammar = grammar;
  }

  /**
   * Settles a generic short form by context, else by its usual reading, and records what each
   * citation names as context (an unsettled short form is recorded with all its candidates).
   */
  Target settle(Target target) {
    Target out = target;
    if (target.kind() == Kind.GENERIC && target.ids().size() > 1) {
      out = lookup(target.name(), Kind.GENERIC, target.ids());
      if (out.ids().size() > 1 && target.usual() != null) {
        out = target.usual();
      }
    }
    List<String> ids = out.ids().stream().filter(grammar::known).toList();
    if (out.kind() != Kind.NONE && !ids.isEmpty()) {
      named.add(ids);
    }
    return out;
  }

  /**
   * An instrument the corpus does not know, named in the text: what its references cite is not in
   * the corpus, and a bare reference after it ("art. 7") is not the instrument named before it. A
   * short form ("the Protocol") still finds its instrument past it.
   */
  Target outside(String name) {
    named.add(List.of());
    return new Target(
        Kind.NONE,
        List.of(),
        name,
        "'"
            + name
            + "' is no name the corpus knows for an instrument it holds or records as metadata");
  }

  /**
   * The nearest instrument named earlier: among {@code candidates} when given (skipping earlier
   * mentions that were themselves unsettled), else whatever was named last.
   */
  Target lookup(String name, Kind kind, List<String> candidates) {
    for (int n = named.size() - 1; n >= 0; n--) {
      List<String> ids = named.get(n);
      if (ids.isEmpty()) {
        if (!candidates.isEmpty()) {
          continue; // "the Protocol" names one of its candidates, not the instrument met here
        }
        return new Target(
            Kind.NONE,
            List.of(),
            name,
            "'" + name + "' follows an instrument the corpus does not hold");
      }
      if (candidates.isEmpty() && ids.size() > 1) {
        return new Target(
            kind,
            ids,
            name,
            "'" + name + "' follows a short form that nothing in the text settles");
      }
      if (ids.size() == 1 && (candidates.isEmpty() || candidates.contains(ids.get(0)))) {
        return new Target(
            kind,
            ids,
            name,
            "'"
                + name
                + "' read as "
                + ids.get(0)
                + ", the nearest instrument named earlier in the text");
      }
    }
    if (!candidates.isEmpty()) {
      return new Target(
          kind,
          candidates,
          name,
          "'" + name + "' could be any of these and nothing earlier in the text settles it");
    }
    return new Target(
        Kind.NONE,
        List.of(),
        name,
        "'" + name + "' refers to an instrument, but none is named earlier in the text");
  }
}
