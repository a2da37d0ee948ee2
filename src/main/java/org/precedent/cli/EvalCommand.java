package org.precedent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code precedent eval cite|verify|check FILE}: runs a development or held-out set and prints
 * accuracy. Each stage adds its own subcommand class here (e.g. {@code EvalCheckCommand}).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Run an evaluation set and print accuracy.",
    subcommands = {EvalCite.class, EvalVerify.class, EvalCheckCommand.class})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "name a set to run: eval cite FILE | eval verify FILE | eval check FILE");
  }
}
