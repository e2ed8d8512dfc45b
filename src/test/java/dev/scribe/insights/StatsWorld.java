package dev.scribe.insights;

import dev.scribe.incident.IncidentField;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a stats contract test writes, the way the recording features would: incidents, events (and
 * their edits and deletions), fields and action items; and the stats source that must see them.
 */
public interface StatsWorld {

  IncidentStatsSource source();

  /** Declares an incident; returns its storage id. */
  long incident(String teamId, Instant declaredAt, Severity severity, boolean open);

  /** Records an event; returns its storage id. */
  long event(String teamId, long incidentId, Marker marker, Instant at);

  /** Moves an event to another time and marker, as {@code /pm edit} does. */
  void edit(String teamId, long incidentId, long eventId, Marker marker, Instant at);

  /** Removes an event, as {@code /pm delete} does. */
  void delete(String teamId, long eventId);

  void field(String teamId, long incidentId, IncidentField field, String value);

  void action(String teamId, long incidentId, LocalDate due, boolean open);
}
