package dev.scribe.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The incident's marker columns ({@code marker_impact_at} … {@code marker_resolved_at}), rewritten
 * from its live events whenever one is written, edited or removed, in the same transaction. Each
 * column is one seek on {@code timeline_live_markers}, so the cost does not grow with the timeline.
 */
interface IncidentMarkersDao {

  String EVENTS =
      " FROM timeline_events WHERE team_id = :teamId AND incident_id = :incidentId"
          + " AND deleted_at IS NULL AND marker = ";

  @SqlUpdate(
      "UPDATE incidents SET"
          + " marker_impact_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'IMPACT'), marker_alert_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'ALERT'), marker_ack_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'ACK'), marker_investigating_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'INVESTIGATING'), marker_cause_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'CAUSE'), marker_fix_at = (SELECT MIN(occurred_at)"
          + EVENTS
          + "'FIX'), marker_restored_at = (SELECT MIN(occurred_at)"
          + EVENTS
          // T8 counts its latest event: an incident can be reopened and resolved again.
          + "'RESTORED'), marker_resolved_at = (SELECT MAX(occurred_at)"
          + EVENTS
          + "'RESOLVED') WHERE team_id = :teamId AND id = :incidentId")
  void refresh(String teamId, long incidentId);

  @SqlQuery("SELECT incident_id FROM timeline_events WHERE team_id = :teamId AND id = :eventId")
  Optional<Long> incidentOf(String teamId, long eventId);
}
