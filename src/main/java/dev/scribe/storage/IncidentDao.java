package dev.scribe.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(IncidentDao.IncidentRow.class)
interface IncidentDao {

  record IncidentRow(
      long id,
      String teamId,
      String channelId,
      String publicId,
      String title,
      Integer severity,
      String status,
      String ownerId,
      String declaredBy,
      long declaredAt,
      Long resolvedAt) {}

  record FieldRow(String name, String value) {}

  String COLUMNS =
      "id, team_id, channel_id, public_id, title, severity, status, owner_id, declared_by, declared_at, resolved_at";

  @SqlQuery(
      """
      INSERT INTO incident_counters (team_id, year, last_number) VALUES (:teamId, :year, 1)
      ON CONFLICT (team_id, year) DO UPDATE SET last_number = incident_counters.last_number + 1
      RETURNING last_number
      """)
  int nextNumber(@Bind("teamId") String teamId, @Bind("year") int year);

  @SqlQuery(
      """
      INSERT INTO incidents (team_id, channel_id, public_id, title, severity, status, owner_id,
                             declared_by, declared_at, resolved_at)
      VALUES (:teamId, :channelId, :publicId, :title, :severity, :status, :ownerId,
              :declaredBy, :declaredAt, :resolvedAt)
      RETURNING id
      """)
  long insert(@BindMethods IncidentRow row);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM incidents WHERE team_id = :teamId AND channel_id = :channelId AND status = 'OPEN'")
  Optional<IncidentRow> openIn(@Bind("teamId") String teamId, @Bind("channelId") String channelId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM incidents WHERE team_id = :teamId AND channel_id = :channelId ORDER BY id DESC LIMIT 1")
  Optional<IncidentRow> latestIn(
      @Bind("teamId") String teamId, @Bind("channelId") String channelId);

  @SqlQuery("SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId AND id = :id")
  Optional<IncidentRow> byId(@Bind("teamId") String teamId, @Bind("id") long id);

  @SqlQuery(
      "SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId AND public_id = :publicId")
  Optional<IncidentRow> byPublicId(
      @Bind("teamId") String teamId, @Bind("publicId") String publicId);

  @SqlQuery(
      "SELECT " + COLUMNS + " FROM incidents WHERE team_id = :teamId ORDER BY id DESC LIMIT :limit")
  List<IncidentRow> list(@Bind("teamId") String teamId, @Bind("limit") int limit);

  @SqlUpdate(
      """
      UPDATE incidents SET title = :title, severity = :severity, status = :status, owner_id = :ownerId,
                           resolved_at = :resolvedAt
      WHERE team_id = :teamId AND id = :id
      """)
  int update(@BindMethods IncidentRow row);

  @SqlQuery(
      "SELECT name, value FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId")
  @RegisterConstructorMapper(FieldRow.class)
  List<FieldRow> fields(@Bind("teamId") String teamId, @Bind("incidentId") long incidentId);

  @SqlQuery(
      "SELECT value FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId AND name = :name")
  Optional<String> field(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("name") String name);

  @SqlUpdate(
      """
      INSERT INTO incident_fields (incident_id, team_id, name, value, updated_by, updated_at)
      VALUES (:incidentId, :teamId, :name, :value, :userId, :at)
      ON CONFLICT (incident_id, name) DO UPDATE
        SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at
      """)
  void putField(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("name") String name,
      @Bind("value") String value,
      @Bind("userId") String userId,
      @Bind("at") long at);

  @SqlUpdate(
      "DELETE FROM incident_fields WHERE team_id = :teamId AND incident_id = :incidentId AND name = :name")
  void clearField(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("name") String name);

  @SqlQuery(
      """
      SELECT changed_at FROM incident_field_history
      WHERE team_id = :teamId AND incident_id = :incidentId AND name = 'status' AND new_value = 'RESOLVED'
      ORDER BY changed_at DESC LIMIT 1
      """)
  Optional<Long> lastResolved(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO incident_field_history (incident_id, team_id, name, old_value, new_value, changed_by, changed_at)
      VALUES (:incidentId, :teamId, :name, :oldValue, :newValue, :userId, :at)
      """)
  void history(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("name") String name,
      @Bind("oldValue") String oldValue,
      @Bind("newValue") String newValue,
      @Bind("userId") String userId,
      @Bind("at") long at);

  @SqlQuery("SELECT DISTINCT team_id FROM incidents WHERE channel_id = :channelId ORDER BY team_id")
  List<String> teamsWithChannel(@Bind("channelId") String channelId);
}
