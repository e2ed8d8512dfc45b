package dev.scribe.cli;

import dev.scribe.common.UserFacingException;
import dev.scribe.config.ConfigException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve} (the default), {@code demo}, {@code draft}, {@code export},
 * {@code remind}, {@code stats}.
 */
@Command(
    name = "scribe",
    mixinStandardHelpOptions = true,
    version = "Scribe 0.1.0",
    description =
        "The flight recorder of an incident: a Slack app that records the timeline and drafts the post-mortem.")
public final class ScribeCli implements Runnable {

  private final CommandLine commandLine;

  public ScribeCli(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
    CliContext context = new CliContext(environment, clock, out, err);
    this.commandLine =
        new CommandLine(this)
            .addSubcommand(new ServeCommand(context))
            .addSubcommand(new DemoCommand(context))
            .addSubcommand(new DraftCommand(context))
            .addSubcommand(new ExportCommand(context))
            .addSubcommand(new RemindCommand(context))
            .addSubcommand(new StatsCommand(context))
            .setOut(new java.io.PrintWriter(out, true))
            .setErr(new java.io.PrintWriter(err, true))
            .setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                  if (e instanceof ConfigException config) {
                    err.println("scribe: " + config.getMessage());
                    return 2;
                  }
                  if (e instanceof UserFacingException user) {
                    err.println("scribe: " + user.problem());
                    return 1;
                  }
                  err.println("scribe: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                  return 1;
                });
  }

  /** Runs a command line; no arguments means {@code serve}. */
  public int execute(String... args) {
    return commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
  }

  @Override
  public void run() {
    commandLine.usage(commandLine.getOut());
  }
}
