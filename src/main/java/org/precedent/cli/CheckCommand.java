package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code precedent check}. Placeholder until the stage lands. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "(not available yet)")
final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'check' is not available yet");
  }
}
