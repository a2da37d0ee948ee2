package org.precedent.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stable provision address {@code <instrument>/<eid>}, e.g. {@code
 * tip-protocol/art_3__subpara_a}. The eid is a path of {@code type_value} steps joined by {@code
 * __}; every prefix of that path is the eid of an ancestor, which is what makes "art_7 matches
 * art_7__para_1" a string operation.
 */
public record ProvisionId(String instrument, String eid) {
  private static final Pattern INSTRUMENT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern STEP = Pattern.compile("[a-z]+(?:_[a-z0-9]+)?");

  /**
   * Between an eid's steps. Compiled once: {@code String.split} compiles a separator of two
   * characters anew on every call, and every provision read from the index makes an id.
   */
  private static final Pattern STEPS = Pattern.compile("__");

  public ProvisionId {
    if (!INSTRUMENT.matcher(instrument).matches()) {
      throw new IllegalArgumentException("bad instrument id '" + instrument + "'");
    }
    for (String step : STEPS.split(eid, -1)) {
      if (!STEP.matcher(step).matches()) {
        throw new IllegalArgumentException("bad eid '" + eid + "' in " + instrument);
      }
    }
  }

  /** Parses {@code instrument/eid}; empty when the text is not of that form. */
  public static Optional<ProvisionId> parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash != text.lastIndexOf('/')) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProvisionId(text.substring(0, slash), text.substring(slash + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static boolean isInstrumentId(String text) {
    return INSTRUMENT.matcher(text).matches();
  }

  /**
   * Instrument id for a UN document symbol by the project rule: lower case, every run of
   * non-alphanumerics becomes one hyphen (A/RES/64/178 becomes a-res-64-178).
   */
  public static String forSymbol(String symbol) {
    String id = symbol.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return id.replaceAll("^-+|-+$", "");
  }

  /** The eid one level up, or empty for a top-level provision. */
  public Optional<String> parentEid() {
    int cut = eid.lastIndexOf("__");
    return cut < 0 ? Optional.empty() : Optional.of(eid.substring(0, cut));
  }

  /** Every ancestor eid, outermost first. */
  public List<String> ancestorEids() {
    List<String> out = new ArrayList<>();
    int at = eid.indexOf("__");
    while (at >= 0) {
      out.add(eid.substring(0, at));
      at = eid.indexOf("__", at + 2);
    }
    return out;
  }

  /** True when this id is {@code other}, one of its ancestors or one of its descendants. */
  public boolean isRelated(ProvisionId other) {
    if (!instrument.equals(other.instrument)) {
      return false;
    }
    return eid.equals(other.eid)
        || eid.startsWith(other.eid + "__")
        || other.eid.startsWith(eid + "__");
  }

  @Override
  public String toString() {
    return instrument + "/" + eid;
  }
}
