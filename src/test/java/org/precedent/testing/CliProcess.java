package org.precedent.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run in a child JVM on the test class path, for tests that signal or kill it. */
public final class CliProcess {
  private CliProcess() {}

  /** A process builder for {@code precedent <args>}, output merged into one stream. */
  public static ProcessBuilder of(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.precedent.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
