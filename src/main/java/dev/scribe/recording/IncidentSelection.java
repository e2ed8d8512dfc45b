package dev.scribe.recording;

import dev.scribe.common.UserFacingException;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentRepository;
import java.util.List;
import java.util.Optional;

/**
 * Finds "the latest incident of channel C" for the command line, where no Slack request says which
 * workspace is meant: a channel id is unique only within its workspace.
 */
public final class IncidentSelection {

  private final IncidentRepository incidents;

  public IncidentSelection(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  /** The channel's latest incident, in the given workspace or the only one that has the channel. */
  public Incident latest(String channelId, Optional<String> teamId) {
    String team = teamId.orElseGet(() -> onlyTeamWith(channelId));
    return incidents
        .latestIn(team, channelId)
        .orElseThrow(
            () ->
                new UserFacingException(
                    "No incident was recorded in channel "
                        + channelId
                        + " of workspace "
                        + team
                        + "."));
  }

  private String onlyTeamWith(String channelId) {
    List<String> teams = incidents.teamsWithChannel(channelId);
    if (teams.isEmpty()) {
      throw new UserFacingException("No incident was recorded in channel " + channelId + ".");
    }
    if (teams.size() > 1) {
      throw new UserFacingException(
          "Channel "
              + channelId
              + " has incidents in several workspaces ("
              + String.join(", ", teams)
              + "); choose one with --team.");
    }
    return teams.get(0);
  }
}
