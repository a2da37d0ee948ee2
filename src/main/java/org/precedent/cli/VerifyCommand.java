package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code precedent verify}. Placeholder until the stage lands. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "(not available yet)")
final class VerifyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'verify' is not available yet");
  }
}
