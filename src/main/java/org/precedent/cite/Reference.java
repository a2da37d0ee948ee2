package org.precedent.cite;

import java.util.List;

/**
 * What the finder read in the text, before resolution: the span ({@code start}/{@code end} are
 * UTF-16 offsets into the original text, {@code text} the substring), the instrument it points at
 * and the structural path inside it (empty for the instrument as a whole).
 */
public record Reference(int start, int end, String text, Target target, List<Step> path) {
  public Reference {
    path = List.copyOf(path);
  }

  /** One structural step: {@code type} is an eid step type (art, para, subpara, op, ...). */
  public record Step(String type, String value) {}

  /** How the instrument was named. */
  public enum Kind {
    /** By name, alias or symbol; several ids when the name itself is shared. */
    NAMED,
    /** By a short form such as "the Protocol": ids are the candidates left after context. */
    GENERIC,
    /**
     * By context ("its article 9", "ibid.", a bare "article 6"): the nearest earlier instrument.
     */
    CONTEXT,
    /** By the unit's usual instrument (a bare "Principle 7" is the OHCHR Principles). */
    DEFAULT,
    /** By a resolution or decision number: ids are the candidate ids, first known wins. */
    SERIES,
    /** Nothing resolvable: {@code name} says what was read. */
    NONE
  }

  /**
   * The instrument side of a reference, with the reason it was chosen. {@code usual}, for a short
   * form that has one, is what it reads as when nothing earlier in the text settles it.
   */
  public record Target(Kind kind, List<String> ids, String name, String why, Target usual) {
    public Target {
      ids = List.copyOf(ids);
    }

    public Target(Kind kind, List<String> ids, String name, String why) {
      this(kind, ids, name, why, null);
    }
  }
}
