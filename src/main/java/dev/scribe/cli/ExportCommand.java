package dev.scribe.cli;

import dev.scribe.Services;
import dev.scribe.config.ScribeConfig;
import dev.scribe.export.IncidentExport;
import dev.scribe.incident.Incident;
import dev.scribe.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Print a channel's latest incident as JSON: fields, timeline (ISO-8601 UTC), metrics, action items.")
final class ExportCommand implements Callable<Integer> {

  @Mixin IncidentOptions which;

  private final CliContext context;

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScribeConfig config = context.config(ScribeConfig.Needs.DATABASE);
    try (Database database = Database.open(config.databaseUrl())) {
      Services services = Services.create(config, database, context.clock());
      Incident incident = which.latest(services.incidentRepository());
      context
          .out()
          .println(
              IncidentExport.json(
                  incident,
                  services.fields().fields(incident),
                  services.timeline().events(incident),
                  services.actionItems(incident)));
      return 0;
    }
  }
}
