package dev.scribe.cli;

import dev.scribe.incident.Incident;
import dev.scribe.recording.IncidentSelection;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --channel C… [--team T…]}: which incident a command works on (the channel's latest). */
final class IncidentOptions {

  @Option(names = "--channel", required = true, description = "Slack channel id (C…)")
  String channel;

  @Option(
      names = "--team",
      description =
          "Slack workspace id (T…); needed only if several workspaces use that channel id")
  String team;

  Incident latest(IncidentSelection incidents) {
    return incidents.latest(channel, Optional.ofNullable(team));
  }
}
