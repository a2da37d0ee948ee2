package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code precedent cite}. Placeholder until the stage lands. */
@Command(name = "cite", mixinStandardHelpOptions = true, description = "(not available yet)")
final class CiteCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'cite' is not available yet");
  }
}
