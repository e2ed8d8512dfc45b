package dev.scribe.insights;

import dev.scribe.incident.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What stats need of one incident: who it is, its severity, whether it is still open, its marker
 * times, and (when grouping by service or tag) that field's text.
 *
 * @param incidentId storage identity
 * @param publicId "INC-2026-014"
 * @param channelId its Slack channel
 * @param severity null when not set
 * @param open true while the incident is open
 * @param markers its marker times
 * @param groupText the {@code services} or {@code tags} field as typed, or null
 */
public record IncidentTimes(
    long incidentId,
    String publicId,
    String channelId,
    Severity severity,
    boolean open,
    MarkerTimes markers,
    String groupText) {

  public IncidentTimes {
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(markers, "markers");
  }

  public Optional<Severity> severityIfSet() {
    return Optional.ofNullable(severity);
  }
}
