package dev.scribe.storage;

import dev.scribe.incident.Incident;
import dev.scribe.incident.NewIncident;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterRowMapper(Rows.IncidentMapper.class)
interface IncidentDao {

  record FieldRow(String name, String value) {}

  String COLUMNS =
      "id, team_id, channel_id, public_id, title, severity, status, owner_id, declared_by, declared_at, resolved_at";

  /** Declares the incident under the workspace's next public id for the year it was declared. */
  @Transaction
  default Incident create(NewIncident incident) {
    int year = incident.declaredAt().atZone(ZoneOffset.UTC).getYear();
    String publicId = Incident.publicId(year, nextNumber(incident.teamId(), year));
    return insert(incident, publicId);
  }

  @SqlQuery(
      """
      INSERT INTO incident_counters (team_id, year, last_number) VALUES (:teamId, :year, 1)
      ON CONFLICT (team_id, year) DO UPDATE SET last_number = incident_counters.last_number + 1
      RETURNING last_number
      """)
  int nextNumber(String teamId, int year);

  @SqlQuery(
      """
      INSERT INTO incidents (team_id, channel_id, public_id, title, severity, status, declared_by,
                             declared_at)
      VALUES (:teamId, :channelId, :publicId, :title, :severity, 'OPEN', :declaredBy, :declaredAt)
      RETURNING
      """
          + COLUMNS)
  Incident insert(@BindMethods NewIncident incident, String publicId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM incidents WHERE team_id = :teamId AND channel_id = :channelId ORDER BY id DESC LIMIT 1")
  Optional<Incident> latestIn(String teamId, String channelId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM incidents WHERE team_id = :teamId AND status = 'OPEN'
      ORDER BY declared_at DESC, id DESC LIMIT :limit
      """)
  List<Incident> openNewestFirst(String teamId, int limit);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM incidents WHERE team_id = :teamId AND status = 'RESOLVED' AND resolved_at >= :since
      ORDER BY resolved_at DESC, id DESC LIMIT :limit
      """)
  List<Incident> resolvedSince(String teamId, Instant since, int limit);

  @SqlQuery("SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId AND id = :id")
  Optional<Incident> byId(String teamId, long id);

  @SqlQuery(
      "SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId AND public_id = :publicId")
  Optional<Incident> byPublicId(String teamId, String publicId);

  @SqlQuery(
      "SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId ORDER BY id DESC LIMIT :limit")
  List<Incident> list(String teamId, int limit);

  @SqlQuery(
      """
      UPDATE incidents SET title = :title, severity = :severity, status = :status, owner_id = :ownerId,
                           resolved_at = :resolvedAt
      WHERE team_id = :teamId AND id = :id
      RETURNING
      """
          + COLUMNS)
  Optional<Incident> update(@BindMethods Incident incident);

  @SqlQuery(
      "SELECT name, value FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId")
  @RegisterConstructorMapper(FieldRow.class)
  List<FieldRow> fields(String teamId, long incidentId);

  /** Sets (or, with a null value, clears) a field, keeping the old value in the history. */
  @Transaction
  default void putField(
      String teamId, long incidentId, String name, String value, String userId, Instant at) {
    String old = field(teamId, incidentId, name).orElse(null);
    if (value == null) {
      clearField(teamId, incidentId, name);
    } else {
      setField(teamId, incidentId, name, value, userId, at);
    }
    history(teamId, incidentId, name, old, value, userId, at);
  }

  @SqlQuery(
      "SELECT value FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId AND name = :name")
  Optional<String> field(String teamId, long incidentId, String name);

  @SqlUpdate(
      """
      INSERT INTO incident_fields (incident_id, team_id, name, value, updated_by, updated_at)
      VALUES (:incidentId, :teamId, :name, :value, :userId, :at)
      ON CONFLICT (incident_id, name) DO UPDATE
        SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
      """)
  void setField(
      String teamId, long incidentId, String name, String value, String userId, Instant at);

  @SqlUpdate(
      "DELETE FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId AND name = :name")
  void clearField(String teamId, long incidentId, String name);

  @SqlQuery(
      """
      SELECT changed_at FROM incident_field_history
      WHERE team_id = :teamId AND incident_id = :incidentId AND name = 'status' AND new_value = 'RESOLVED'
      ORDER BY changed_at DESC LIMIT 1
      """)
  Optional<Instant> lastResolved(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO incident_field_history (incident_id, team_id, name, old_value, new_value, changed_by, changed_at)
      VALUES (:incidentId, :teamId, :name, :oldValue, :newValue, :userId, :at)
      """)
  void history(
      String teamId,
      long incidentId,
      String name,
      String oldValue,
      String newValue,
      String userId,
      Instant at);

  @SqlQuery("SELECT DISTINCT team_id FROM incidents WHERE channel_id = :channelId ORDER BY team_id")
  List<String> teamsWithChannel(String channelId);
}
