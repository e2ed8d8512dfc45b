package dev.scribe.cli;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.storage.JdbiIncidentRepository;
import java.util.List;

/** Finds "the latest incident of channel C" for {@code draft} and {@code export}. */
final class IncidentSelection {

  private IncidentSelection() {}

  static Incident latest(JdbiIncidentRepository incidents, String channel, String team) {
    String teamId = team;
    if (teamId == null) {
      List<String> teams = incidents.teamsWithChannel(channel);
      if (teams.isEmpty()) {
        throw new UserFacingException("No incident was recorded in channel " + channel + ".");
      }
      if (teams.size() > 1) {
        throw new UserFacingException(
            "Channel "
                + channel
                + " has incidents in several workspaces ("
                + String.join(", ", teams)
                + "); choose one with --team.");
      }
      teamId = teams.get(0);
    }
    String chosen = teamId;
    return incidents
        .latestIn(chosen, channel)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "No incident was recorded in channel "
                        + channel
                        + " of workspace "
                        + chosen
                        + "."));
  }
}
