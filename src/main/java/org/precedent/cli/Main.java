package org.precedent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: wires the pieces by hand, nothing else. */
@Command(
    name = "precedent",
    mixinStandardHelpOptions = true,
    version = "precedent 0.1.0",
    description =
        "Searchable knowledge base of the international instruments on trafficking in persons.",
    subcommands = {
      IndexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      CiteCommand.class,
      VerifyCommand.class,
      CheckCommand.class,
      EvalCommand.class,
      AddCommand.class,
      SmokeCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + e.getMessage());
          return 2;
        });
    return cli.execute(args);
  }
}
