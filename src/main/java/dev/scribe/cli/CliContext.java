package dev.scribe.cli;

import dev.scribe.config.ScribeConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What every command of the command line gets: the environment, a clock, and where to print. */
record CliContext(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {

  ScribeConfig config(ScribeConfig.Needs needs) {
    return ScribeConfig.fromEnvironment(environment, needs);
  }
}
