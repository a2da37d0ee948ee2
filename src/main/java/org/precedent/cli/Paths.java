package org.precedent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus, index and page live; defaults are the repository layout. */
final class Paths {
  @Option(
      names = "--corpus",
      description = "corpus folder (default: ${DEFAULT-VALUE})",
      defaultValue = "corpus")
  Path corpus;

  @Option(
      names = "--index",
      description = "index folder (default: ${DEFAULT-VALUE})",
      defaultValue = "index")
  Path index;
}
