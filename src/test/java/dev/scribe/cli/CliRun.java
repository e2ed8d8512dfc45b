package dev.scribe.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Runs the real command line in-process, as a user would type it, and keeps what it printed. */
final class CliRun {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs {@code scribe ARGS} with this environment; the output of the previous run is dropped. */
  int run(Map<String, String> env, Clock clock, String... args) {
    out.reset();
    err.reset();
    return new ScribeCli(
            env,
            clock,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  int run(Map<String, String> env, String... args) {
    return run(env, Clock.systemUTC(), args);
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
