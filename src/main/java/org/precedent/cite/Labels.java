package org.precedent.cite;

import org.precedent.corpus.EidLabels;

/** Human labels for eids, including steps without a value such as {@code annex}. */
final class Labels {
  private Labels() {}

  static String of(String eid) {
    StringBuilder valued = new StringBuilder();
    for (String step : eid.split("__")) {
      if (valued.length() > 0) {
        valued.append("__");
      }
      valued.append(step.indexOf('_') < 0 ? step + "_0" : step);
    }
    return EidLabels.label(valued.toString());
  }
}
