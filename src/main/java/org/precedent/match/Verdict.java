package org.precedent.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a segment is, judged against sources whose status is agreed (treaty .. principles). */
public enum Verdict {
  /** Contained word for word (after normalisation) in an agreed source. */
  AGREED("agreed"),
  /** Differs from an agreed source only in listed cosmetic ways (articles, OCR damage, number). */
  AGREED_VARIANT("agreed_variant"),
  /** An agreed source covers most of it, but words differ, possibly with legal weight. */
  MODIFIED("modified"),
  /** The closest wording is only in drafts, proposals, statements, letters or reports. */
  NOT_AGREED_PRECEDENT("not_agreed_precedent"),
  /** Nothing close. */
  NEW("new");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Agreed or an agreed variant: the characters counted in {@code agreed_share}. */
  public boolean isAgreed() {
    return this == AGREED || this == AGREED_VARIANT;
  }
}
