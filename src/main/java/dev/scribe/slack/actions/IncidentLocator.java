package dev.scribe.slack.actions;

import dev.scribe.incident.Incident;
import java.util.Optional;

/** Finds "the incident of this channel": its open incident, else its latest one. */
@FunctionalInterface
public interface IncidentLocator {

  /** The channel's current incident, if it ever had one. */
  Optional<Incident> current(String teamId, String channelId);
}
