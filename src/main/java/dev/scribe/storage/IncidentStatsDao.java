package dev.scribe.storage;

import dev.scribe.incident.Severity;
import dev.scribe.insights.IncidentTimes;
import dev.scribe.insights.MarkerTimes;
import dev.scribe.timeline.Marker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Reads for stats: one row per incident of a period with its marker times (never its events), and
 * the open action items of those incidents.
 */
interface IncidentStatsDao {

  record ActionRow(long incidentId, int open, int overdue) {}

  String SELECT =
      """
      SELECT i.id, i.public_id, i.channel_id, i.severity, i.status,
             i.marker_impact_at, i.marker_alert_at, i.marker_ack_at, i.marker_investigating_at,
             i.marker_cause_at, i.marker_fix_at, i.marker_restored_at, i.marker_resolved_at
      """;

  String FROM = " FROM incidents i ";

  String PERIOD =
      """
      WHERE i.team_id = :teamId AND i.declared_at >= :from AND i.declared_at < :until
      ORDER BY i.declared_at, i.id
      """;

  @SqlQuery(SELECT + ", NULL AS group_text " + FROM + PERIOD)
  @UseRowMapper(IncidentTimesMapper.class)
  void incidents(String teamId, Instant from, Instant until, Consumer<IncidentTimes> each);

  // The services or tags field of each incident: one primary-key seek per incident, only when
  // asked.
  @SqlQuery(
      SELECT
          + ", f.value AS group_text "
          + FROM
          + " LEFT JOIN incident_fields f ON f.incident_id = i.id AND f.name = :field "
          + PERIOD)
  @UseRowMapper(IncidentTimesMapper.class)
  void incidentsWithField(
      String teamId, Instant from, Instant until, String field, Consumer<IncidentTimes> each);

  @SqlQuery(
      """
      SELECT a.incident_id, COUNT(*) AS open,
             SUM(CASE WHEN a.due_date < :today THEN 1 ELSE 0 END) AS overdue
      FROM action_items a JOIN incidents i ON i.id = a.incident_id
      WHERE a.team_id = :teamId AND i.team_id = :teamId AND a.status = 'OPEN'
        AND i.declared_at >= :from AND i.declared_at < :until
      GROUP BY a.incident_id
      """)
  @RegisterConstructorMapper(ActionRow.class)
  void openActions(
      String teamId, Instant from, Instant until, LocalDate today, Consumer<ActionRow> each);

  @SqlQuery("SELECT DISTINCT team_id FROM incidents ORDER BY team_id")
  List<String> workspaces();

  /** Columns by position: this runs once per incident of the period, so no reflection per row. */
  final class IncidentTimesMapper implements RowMapper<IncidentTimes> {
    private static final Marker[] MARKERS = {
      Marker.IMPACT,
      Marker.ALERT,
      Marker.ACK,
      Marker.INVESTIGATING,
      Marker.CAUSE,
      Marker.FIX,
      Marker.RESTORED,
      Marker.RESOLVED
    };
    private static final Severity[] SEVERITIES = Severity.values();

    @Override
    public IncidentTimes map(ResultSet rs, StatementContext ctx) throws SQLException {
      int severity = rs.getInt(4);
      Severity level = rs.wasNull() ? null : SEVERITIES[severity - 1];
      MarkerTimes.Builder markers = MarkerTimes.builder();
      for (int i = 0; i < MARKERS.length; i++) {
        long at = rs.getLong(6 + i);
        if (!rs.wasNull()) {
          markers.atEpochMilli(MARKERS[i], at);
        }
      }
      return new IncidentTimes(
          rs.getLong(1),
          rs.getString(2),
          rs.getString(3),
          level,
          "OPEN".equals(rs.getString(5)),
          markers.build(),
          rs.getString(14));
    }
  }
}
