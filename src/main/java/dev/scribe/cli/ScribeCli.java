package dev.scribe.cli;

import dev.scribe.app.StartupException;
import dev.scribe.common.UserFacingException;
import dev.scribe.config.ConfigException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve} (the default), {@code demo}, {@code draft}, {@code export},
 * {@code remind}, {@code stats}, {@code backup}, {@code help}. Results go to stdout, everything
 * else to stderr; a failure is one line on stderr and a non-zero exit code (2 for a setting or an
 * option, 1 otherwise).
 */
@Command(
    name = "scribe",
    mixinStandardHelpOptions = true,
    version = "Scribe 0.1.0",
    description =
        "The flight recorder of an incident: a Slack app that records the timeline and drafts the post-mortem.")
public final class ScribeCli implements Runnable {

  private final CliContext context;

  /** Built on first use: plain {@code serve} does without it (see {@link #execute}). */
  private CommandLine commandLine;

  public ScribeCli(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
    this.context = new CliContext(environment, clock, out, err);
  }

  private CommandLine commandLine() {
    if (commandLine == null) {
      PrintStream err = context.err();
      commandLine =
          new CommandLine(this)
              .addSubcommand(new ServeCommand(context))
              .addSubcommand(new DemoCommand(context))
              .addSubcommand(new DraftCommand(context))
              .addSubcommand(new ExportCommand(context))
              .addSubcommand(new RemindCommand(context))
              .addSubcommand(new StatsCommand(context))
              .addSubcommand(new BackupCommand(context))
              .addSubcommand(new CommandLine.HelpCommand())
              .setOut(new PrintWriter(context.out(), true))
              .setErr(new PrintWriter(err, true))
              .setParameterExceptionHandler(
                  (e, args) -> {
                    err.println(
                        "scribe: "
                            + firstLine(e.getMessage())
                            + " (see `"
                            + e.getCommandLine().getCommandSpec().qualifiedName()
                            + " --help`)");
                    return 2;
                  })
              .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err));
    }
    return commandLine;
  }

  /** One line on stderr and the exit code, for every way a command can fail. */
  private static int failure(Exception e, PrintStream err) {
    if (e instanceof ConfigException config) {
      err.println(
          config.problems().size() == 1
              ? "scribe: " + config.problems().get(0)
              : "scribe: " + config.getMessage());
      return 2;
    }
    if (e instanceof UserFacingException user) {
      err.println("scribe: " + user.problem());
      return 1;
    }
    if (e instanceof StartupException startup) {
      err.println("scribe: " + startup.getMessage());
      return 1;
    }
    err.println("scribe: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
    return 1;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }

  /**
   * Runs a command line; no arguments means {@code serve}.
   *
   * <p>Plain {@code serve}, the container's command, has nothing to parse and runs without picocli:
   * picocli is compiled for Java 5, whose classes the JVM's class-data archive cannot hold, so
   * building its model of the commands took a quarter of a second of every start (BENCHMARKS.md).
   * Its exit code and its errors are the same as through picocli.
   */
  public int execute(String... args) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("serve"))) {
      try {
        return new ServeCommand(context).call();
      } catch (Exception e) {
        return failure(e, context.err());
      }
    }
    return commandLine().execute(args);
  }

  @Override
  public void run() {
    commandLine().usage(commandLine().getOut());
  }
}
