package dev.scribe.home;

import dev.scribe.incident.Incident;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open incident as App Home lists it: with the latest event on its timeline.
 *
 * @param incident the incident
 * @param lastEvent its latest live event, by the time it happened; empty if it has none
 */
public record OpenIncident(Incident incident, Optional<LastEvent> lastEvent) {

  public OpenIncident {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(lastEvent, "lastEvent");
  }

  /** When the latest event happened, its marker and its words (Slack text). */
  public record LastEvent(Instant occurredAt, Marker marker, String text) {
    public LastEvent {
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(text, "text");
    }
  }
}
