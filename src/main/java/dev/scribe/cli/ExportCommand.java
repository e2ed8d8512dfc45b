package dev.scribe.cli;

import dev.scribe.app.Scribe;
import dev.scribe.config.ScribeConfig;
import dev.scribe.export.IncidentExport;
import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftSource;
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

  @Mixin DatabaseOption database;

  private final CliContext context;

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ScribeConfig config = context.config(ScribeConfig.Needs.DATABASE, database);
    try (Scribe scribe = context.openToRead(config, database)) {
      Incident incident = which.latest(scribe.incidentSelection());
      DraftSource source =
          scribe.postmortems().source(incident, scribe.cachedUsers(), config.defaultZone());
      context.out().println(IncidentExport.json(source));
      return 0;
    }
  }
}
