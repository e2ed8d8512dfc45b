package dev.scribe.storage;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts of an incident's changes in a window of time, from what is kept of every change: events
 * with their recording time, their revisions, field history, action items' creation and closing.
 * Windows are {@code (after, until]}.
 */
interface ChangeLogDao {

  @SqlQuery(
      """
      SELECT COUNT(*) FROM timeline_events
      WHERE team_id = :teamId AND incident_id = :incidentId AND recorded_at > :after AND recorded_at <= :until
      """)
  int eventsAdded(String teamId, long incidentId, Instant after, Instant until);

  @SqlQuery(
      """
      SELECT COUNT(DISTINCT r.event_id) FROM timeline_event_revisions r
        JOIN timeline_events e ON e.id = r.event_id
      WHERE r.team_id = :teamId AND e.team_id = :teamId AND e.incident_id = :incidentId
        AND r.change IN (<changes>) AND r.changed_at > :after AND r.changed_at <= :until
      """)
  int eventsRevised(
      String teamId,
      long incidentId,
      @BindList("changes") List<String> changes,
      Instant after,
      Instant until);

  @SqlQuery(
      """
      SELECT name FROM incident_field_history
      WHERE team_id = :teamId AND incident_id = :incidentId AND changed_at > :after AND changed_at <= :until
      ORDER BY id
      """)
  List<String> fieldsChanged(String teamId, long incidentId, Instant after, Instant until);

  @SqlQuery(
      """
      SELECT COUNT(*) FROM action_items
      WHERE team_id = :teamId AND incident_id = :incidentId AND created_at > :after AND created_at <= :until
      """)
  int actionsAdded(String teamId, long incidentId, Instant after, Instant until);

  @SqlQuery(
      """
      SELECT COUNT(*) FROM action_items
      WHERE team_id = :teamId AND incident_id = :incidentId AND closed_at > :after AND closed_at <= :until
      """)
  int actionsClosed(String teamId, long incidentId, Instant after, Instant until);
}
