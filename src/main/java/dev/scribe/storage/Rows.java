package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.incident.Severity;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.TimelineEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The rows read on every event, mapped by hand: Jdbi's constructor mapper matches columns to
 * constructor parameters by reflection afresh for each query, which the profile of the write path
 * showed as its largest cost. The column names are those of {@link IncidentDao#COLUMNS} and {@link
 * TimelineDao#EVENT}; the storage tests read every field back. Public only because Jdbi
 * instantiates the mappers; the plain-JDBC statements ({@link Jdbc}) use the same readers.
 */
public final class Rows {

  private Rows() {}

  /** An {@code incidents} row. */
  public static final class IncidentMapper implements RowMapper<Incident> {
    @Override
    public Incident map(ResultSet r, StatementContext ctx) throws SQLException {
      return incident(r);
    }
  }

  /**
   * The incident on the result set's row, read by position in the order of {@link
   * IncidentDao#COLUMNS}, which every incident query selects: looking a column up by name costs the
   * driver a map of the row's names per result set, on the query every capture runs.
   */
  static Incident incident(ResultSet r) throws SQLException {
    int severity = r.getInt(6);
    Severity level = r.wasNull() ? null : Severity.ofLevel(severity);
    return new Incident(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        level,
        IncidentStatus.valueOf(r.getString(7)),
        r.getString(8),
        r.getString(9),
        instantAt(r, 10),
        instantAt(r, 11));
  }

  /** A {@code timeline_events} row. */
  public static final class EventMapper implements RowMapper<TimelineEvent> {
    @Override
    public TimelineEvent map(ResultSet r, StatementContext ctx) throws SQLException {
      return event(r);
    }
  }

  /** The timeline event on the result set's row. */
  static TimelineEvent event(ResultSet r) throws SQLException {
    return new TimelineEvent(
        r.getLong("id"),
        r.getLong("incident_id"),
        r.getInt("number"),
        instant(r, "occurred_at"),
        Marker.valueOf(r.getString("marker")),
        r.getString("text"),
        r.getString("author_id"),
        r.getString("recorded_by"),
        EventSource.valueOf(r.getString("source")),
        r.getString("permalink"),
        instant(r, "recorded_at"),
        r.getInt("source_message_deleted") != 0);
  }

  private static Instant instantAt(ResultSet r, int column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static Instant instant(ResultSet r, String column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
