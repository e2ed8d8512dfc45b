package dev.scribe.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The derived table {@code incident_markers}: one row per incident with its marker times, rewritten
 * from its live events whenever one is written, edited or removed (in the same transaction). Each
 * column is one seek on {@code timeline_live_markers}, so the cost does not grow with the timeline.
 */
interface IncidentMarkersDao {

  String EARLIEST =
      "(SELECT MIN(occurred_at) FROM timeline_events WHERE team_id = :teamId AND incident_id = :incidentId"
          + " AND deleted_at IS NULL AND marker = ";

  @SqlUpdate(
      "INSERT INTO incident_markers (incident_id, team_id, impact_at, alert_at, ack_at,"
          + " investigating_at, cause_at, fix_at, restored_at, resolved_at)"
          + " VALUES (:incidentId, :teamId, "
          + EARLIEST
          + "'IMPACT'), "
          + EARLIEST
          + "'ALERT'), "
          + EARLIEST
          + "'ACK'), "
          + EARLIEST
          + "'INVESTIGATING'), "
          + EARLIEST
          + "'CAUSE'), "
          + EARLIEST
          + "'FIX'), "
          + EARLIEST
          + "'RESTORED'), "
          // T8 counts its latest event: an incident can be reopened and resolved again.
          + "(SELECT MAX(occurred_at) FROM timeline_events WHERE team_id = :teamId AND incident_id = :incidentId"
          + " AND deleted_at IS NULL AND marker = 'RESOLVED'))"
          + """

      ON CONFLICT (incident_id) DO UPDATE SET
        impact_at = excluded.impact_at, alert_at = excluded.alert_at, ack_at = excluded.ack_at,
        investigating_at = excluded.investigating_at, cause_at = excluded.cause_at,
        fix_at = excluded.fix_at, restored_at = excluded.restored_at, resolved_at = excluded.resolved_at
      """)
  void refresh(String teamId, long incidentId);

  @SqlQuery("SELECT incident_id FROM timeline_events WHERE team_id = :teamId AND id = :eventId")
  Optional<Long> incidentOf(String teamId, long eventId);
}
