package dev.scribe.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(TimelineDao.EventRow.class)
interface TimelineDao {

  record EventRow(
      long id,
      String teamId,
      long incidentId,
      int number,
      long occurredAt,
      String marker,
      String text,
      String authorId,
      String recordedBy,
      String source,
      String sourceChannelId,
      String sourceTs,
      String permalink,
      long recordedAt,
      int sourceDeleted,
      int enriched) {}

  record PendingRow(String teamId, long id, String sourceChannelId, String sourceTs) {}

  String COLUMNS =
      """
      id, team_id, incident_id, number, occurred_at, marker, text, author_id, recorded_by, source,
      source_channel_id, source_ts, permalink, recorded_at, source_deleted, enriched
      """;

  @SqlQuery(
      """
      UPDATE incidents SET last_event_number = last_event_number + 1
      WHERE team_id = :teamId AND id = :incidentId
      RETURNING last_event_number
      """)
  int nextNumber(@Bind("teamId") String teamId, @Bind("incidentId") long incidentId);

  @SqlQuery(
      """
      INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text, author_id,
          recorded_by, source, source_channel_id, source_ts, permalink, recorded_at, source_deleted, enriched)
      VALUES (:teamId, :incidentId, :number, :occurredAt, :marker, :text, :authorId,
          :recordedBy, :source, :sourceChannelId, :sourceTs, :permalink, :recordedAt, :sourceDeleted, :enriched)
      RETURNING id
      """)
  long insert(@BindMethods EventRow row);

  // The conflict target names the partial unique index timeline_one_live_event_per_message.
  @SqlQuery(
      """
      INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text, author_id,
          recorded_by, source, source_channel_id, source_ts, permalink, recorded_at, source_deleted, enriched)
      VALUES (:teamId, :incidentId, :number, :occurredAt, :marker, :text, :authorId,
          :recordedBy, :source, :sourceChannelId, :sourceTs, :permalink, :recordedAt, :sourceDeleted, :enriched)
      ON CONFLICT (team_id, incident_id, source_channel_id, source_ts)
          WHERE source = 'REACTION' AND deleted_at IS NULL
      DO NOTHING
      RETURNING id
      """)
  Optional<Long> insertUnlessTagged(@BindMethods EventRow row);

  @SqlUpdate(
      """
      UPDATE incidents SET last_event_number = last_event_number - 1
      WHERE team_id = :teamId AND id = :incidentId AND last_event_number = :number
      """)
  void giveBackNumber(String teamId, long incidentId, int number);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM timeline_events WHERE team_id = :teamId AND id = :id
      """)
  Optional<EventRow> byId(@Bind("teamId") String teamId, @Bind("id") long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND incident_id = :incidentId AND deleted_at IS NULL
      ORDER BY occurred_at, number
      """)
  List<EventRow> live(@Bind("teamId") String teamId, @Bind("incidentId") long incidentId);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND incident_id = :incidentId AND number = :number AND deleted_at IS NULL
      """)
  Optional<EventRow> byNumber(
      @Bind("teamId") String teamId,
      @Bind("incidentId") long incidentId,
      @Bind("number") int number);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND source_channel_id = :channelId AND source_ts = :ts
        AND source = 'REACTION' AND deleted_at IS NULL
      ORDER BY id
      """)
  List<EventRow> forMessage(
      @Bind("teamId") String teamId, @Bind("channelId") String channelId, @Bind("ts") String ts);

  @SqlUpdate(
      """
      INSERT INTO timeline_event_revisions (team_id, event_id, change, occurred_at, marker, text, changed_by, changed_at)
      SELECT team_id, id, :change, occurred_at, marker, text, :changedBy, :at
        FROM timeline_events WHERE team_id = :teamId AND id = :id
      """)
  void keepRevision(
      @Bind("teamId") String teamId,
      @Bind("id") long id,
      @Bind("change") String change,
      @Bind("changedBy") String changedBy,
      @Bind("at") long at);

  @SqlUpdate(
      """
      UPDATE timeline_events SET occurred_at = :occurredAt, marker = :marker, text = :text
      WHERE team_id = :teamId AND id = :id
      """)
  void update(
      @Bind("teamId") String teamId,
      @Bind("id") long id,
      @Bind("occurredAt") long occurredAt,
      @Bind("marker") String marker,
      @Bind("text") String text);

  @SqlUpdate("UPDATE timeline_events SET deleted_at = :at WHERE team_id = :teamId AND id = :id")
  void delete(@Bind("teamId") String teamId, @Bind("id") long id, @Bind("at") long at);

  @SqlUpdate(
      """
      INSERT INTO reaction_tags (event_id, team_id, user_id, reaction, tagged_at)
      VALUES (:eventId, :teamId, :userId, :reaction, :at)
      ON CONFLICT (event_id, user_id, reaction) DO NOTHING
      """)
  int addTag(
      @Bind("teamId") String teamId,
      @Bind("eventId") long eventId,
      @Bind("userId") String userId,
      @Bind("reaction") String reaction,
      @Bind("at") long at);

  @SqlUpdate(
      "DELETE FROM reaction_tags WHERE team_id = :teamId AND event_id = :eventId AND user_id = :userId AND reaction = :reaction")
  void removeTag(
      @Bind("teamId") String teamId,
      @Bind("eventId") long eventId,
      @Bind("userId") String userId,
      @Bind("reaction") String reaction);

  @SqlQuery("SELECT COUNT(*) FROM reaction_tags WHERE team_id = :teamId AND event_id = :eventId")
  int tagCount(@Bind("teamId") String teamId, @Bind("eventId") long eventId);

  // Only while the event still waits for its message, and never over words already there: a
  // responder's /pm edit or a message_changed that arrived first is newer than this fetch.
  @SqlUpdate(
      """
      UPDATE timeline_events
         SET text = CASE WHEN text = '' THEN :text ELSE text END,
             author_id = COALESCE(author_id, :authorId),
             permalink = COALESCE(permalink, :permalink),
             enriched = 1
      WHERE team_id = :teamId AND id = :id AND enriched = 0
      """)
  void attachMessage(
      @Bind("teamId") String teamId,
      @Bind("id") long id,
      @Bind("text") String text,
      @Bind("authorId") String authorId,
      @Bind("permalink") String permalink);

  @SqlUpdate("UPDATE timeline_events SET source_deleted = 1 WHERE team_id = :teamId AND id = :id")
  void markSourceDeleted(@Bind("teamId") String teamId, @Bind("id") long id);

  @SqlQuery(
      """
      SELECT team_id, id, source_channel_id, source_ts FROM timeline_events
      WHERE enriched = 0 AND deleted_at IS NULL ORDER BY id LIMIT :limit
      """)
  @RegisterConstructorMapper(PendingRow.class)
  List<PendingRow> awaitingMessage(@Bind("limit") int limit);

  @SqlUpdate(
      """
      INSERT INTO slack_deliveries (team_id, event_id, received_at) VALUES (:teamId, :eventId, :at)
      ON CONFLICT (team_id, event_id) DO NOTHING
      """)
  int recordDelivery(
      @Bind("teamId") String teamId, @Bind("eventId") String eventId, @Bind("at") long at);
}
