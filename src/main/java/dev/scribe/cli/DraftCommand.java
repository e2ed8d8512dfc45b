package dev.scribe.cli;

import dev.scribe.app.Scribe;
import dev.scribe.config.ScribeConfig;
import dev.scribe.incident.Incident;
import dev.scribe.postmortem.DraftService;
import dev.scribe.postmortem.DraftSource;
import dev.scribe.postmortem.PostmortemService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description =
        "Print the post-mortem draft of a channel's latest incident as Markdown, from the database.")
final class DraftCommand implements Callable<Integer> {

  @Mixin IncidentOptions which;

  @Mixin DatabaseOption database;

  @Option(
      names = "--template",
      defaultValue = "full",
      description = "full (default), aws, leanup, brief, or a team template")
  String template;

  @Option(names = "--out", description = "write the Markdown to this file instead of stdout")
  Path out;

  @Option(names = "--png", description = "also write the timeline picture to this PNG file")
  Path png;

  private final CliContext context;

  DraftCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    ScribeConfig config = context.config(ScribeConfig.Needs.DATABASE, database);
    try (Scribe scribe = context.openToRead(config, database)) {
      Incident incident = which.latest(scribe.incidentSelection());
      PostmortemService postmortems = scribe.postmortems();
      DraftSource source = postmortems.source(incident, scribe.cachedUsers(), config.defaultZone());
      DraftService drafts = postmortems.drafts(incident.teamId());
      String markdown = drafts.markdown(source, template);
      if (out == null) {
        context.out().print(markdown);
      } else {
        Files.writeString(out, markdown);
        context.err().println("Wrote " + out.toAbsolutePath());
      }
      if (png != null) {
        Files.write(png, drafts.timelinePng(source));
        context.err().println("Wrote " + png.toAbsolutePath());
      }
      return 0;
    }
  }
}
