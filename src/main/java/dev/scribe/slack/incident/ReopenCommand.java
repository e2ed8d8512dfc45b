package dev.scribe.slack.incident;

import dev.scribe.incident.Incident;
import dev.scribe.recording.IncidentService;
import dev.scribe.slack.PmRequest;
import dev.scribe.slack.PmSubcommand;
import dev.scribe.slack.Reply;
import dev.scribe.slack.SlackFormat;
import java.util.List;

/** {@code /pm reopen}: the latest T8 counts, so resolving again later moves the resolution. */
public final class ReopenCommand implements PmSubcommand {

  private final IncidentService incidents;

  public ReopenCommand(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public List<String> names() {
    return List.of("reopen");
  }

  @Override
  public List<String> help() {
    return List.of();
  }

  @Override
  public Reply handle(PmRequest request, String args) {
    Incident incident = incidents.reopen(request.teamId(), request.channelId(), request.userId());
    return Reply.confirmation(
        ":arrows_counterclockwise: "
            + SlackFormat.heading(incident)
            + " — reopened by <@"
            + request.userId()
            + ">.");
  }
}
