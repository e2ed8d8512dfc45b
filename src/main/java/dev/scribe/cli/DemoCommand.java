package dev.scribe.cli;

import dev.scribe.demo.OfflineDemo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "No Slack account needed: plays a sample incident through the real app (signed requests, real handlers, a fresh SQLite database) against a Slack API fake on loopback, and writes the post-mortem draft.")
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      description =
          "folder for the database, the draft and the export; it must be writable (default: a new ./scribe-demo-… folder, or one in the temporary folder when the current folder is not writable)")
  Path out;

  private final CliContext context;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    OfflineDemo.Result result = new OfflineDemo(context.err()).run(out);
    context.out().println("Post-mortem draft: " + result.draft());
    context.out().println("Timeline picture:  " + result.picture());
    context.out().println("Exported JSON:     " + result.export());
    context.out().println("Database:          " + result.database());
    context
        .out()
        .println("Channel:           " + result.channelId() + " (team " + result.teamId() + ")");
    context.out().println();
    context.out().println("Read it again from the database:");
    String from = "--database " + result.database() + " --channel " + result.channelId();
    context.out().println("  java -jar scribe.jar draft " + from);
    context.out().println("  java -jar scribe.jar export " + from);
    return 0;
  }
}
