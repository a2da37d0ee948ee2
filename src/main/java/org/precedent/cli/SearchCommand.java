package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code precedent search}. Placeholder until the stage lands. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "(not available yet)")
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'search' is not available yet");
  }
}
