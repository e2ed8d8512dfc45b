package dev.scribe.cli;

import dev.scribe.app.Scribe;
import dev.scribe.config.ScribeConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description =
        "Run one reminder sweep (overdue action items → one DM per owner) and deliver what the outbox holds that is due, then exit. For cron; `serve` runs the same sweep on its own schedule and delivers continuously.")
final class RemindCommand implements Callable<Integer> {

  private final CliContext context;

  RemindCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScribeConfig config = context.config(ScribeConfig.Needs.SLACK_API);
    try (Scribe scribe = context.open(config)) {
      Scribe.Reminded report = scribe.remindOnce();
      context.out().println(report);
      return 0;
    }
  }
}
