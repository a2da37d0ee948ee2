package org.precedent.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Adoption status of an instrument or provision: a recorded fact, never inferred from wording.
 * Declaration order is legal authority, highest first (statement, report and letter tie last).
 */
public enum Status {
  TREATY("treaty", 0),
  ADOPTED("adopted", 1),
  ADOPTED_RECOMMENDATION("adopted-recommendation", 2),
  PRINCIPLES("principles", 3),
  DRAFT("draft", 4),
  PROPOSAL("proposal", 5),
  STATEMENT("statement", 6),
  REPORT("report", 6),
  LETTER("letter", 6);

  private final String label;
  private final int authorityRank;

  Status(String label, int authorityRank) {
    this.label = label;
    this.authorityRank = authorityRank;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** 0 is the highest authority; each caller orders equal ranks its own way. */
  public int authorityRank() {
    return authorityRank;
  }

  /**
   * Language an intergovernmental body has adopted (or, for the OHCHR Principles, endorsed as
   * guidance): the sources an "agreed language" verdict may rest on.
   */
  public boolean isAgreedSource() {
    return authorityRank <= PRINCIPLES.authorityRank;
  }

  @JsonCreator
  public static Status of(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    // A loop over one array: the check reads a status for each of thousands of candidates.
    for (Status s : ALL) {
      if (s.label.equals(wanted)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '"
            + label
            + "'; expected one of "
            + Arrays.stream(ALL).map(Status::label).toList());
  }

  private static final Status[] ALL = values();

  @Override
  public String toString() {
    return label;
  }
}
