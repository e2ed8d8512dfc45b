package dev.scribe.cli;

import dev.scribe.ScribeApp;
import dev.scribe.Services;
import dev.scribe.actions.SweepReport;
import dev.scribe.config.ScribeConfig;
import dev.scribe.slack.SlackUserDirectory;
import dev.scribe.slack.actions.SlackReminderNotifier;
import dev.scribe.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description =
        "Run one reminder sweep (overdue action items → one DM per owner), then exit. For cron; `serve` runs the same sweep on its own schedule.")
final class RemindCommand implements Callable<Integer> {

  private final CliContext context;

  RemindCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScribeConfig config = context.config(ScribeConfig.Needs.SLACK_API);
    try (Database database = Database.open(config.databaseUrl())) {
      Services services = Services.create(config, database, context.clock());
      var slack = ScribeApp.methods(config);
      var users =
          new SlackUserDirectory(slack, services.slackUsers(), context.clock(), Runnable::run);
      SweepReport report =
          services
              .reminderSweep(SlackReminderNotifier.of(slack, users), users, config.reminders())
              .run();
      context.out().println(report);
      return 0;
    }
  }
}
