package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code precedent eval}. Placeholder until the stage lands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "(not available yet)")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'eval' is not available yet");
  }
}
