package org.precedent.corpus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The structure parsers by layout name: the manifest's {@code layout} field picks one. */
public final class Layouts {
  private static final Map<String, StructureParser> BY_NAME =
      List.<StructureParser>of(
              new ParagraphParser(),
              new PrinciplesParser(),
              new DecisionParser(),
              new ResolutionParser(),
              new ReportParser(),
              new TreatyParser(),
              new ProposalTableParser())
          .stream()
          .collect(Collectors.toMap(StructureParser::layout, Function.identity()));

  private Layouts() {}

  public static StructureParser forName(String layout) {
    StructureParser parser = BY_NAME.get(layout);
    if (parser == null) {
      throw new IllegalArgumentException(
          "unknown layout '" + layout + "'; known: " + BY_NAME.keySet().stream().sorted().toList());
    }
    return parser;
  }

  public static List<String> names() {
    return BY_NAME.keySet().stream().sorted().toList();
  }
}
