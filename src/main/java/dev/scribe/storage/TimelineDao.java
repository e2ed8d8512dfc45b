package dev.scribe.storage;

import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterRowMapper(Rows.EventMapper.class)
interface TimelineDao {

  record PendingRow(String teamId, long id, String sourceChannelId, String sourceTs) {}

  /** The columns of a {@link TimelineEvent}, named as its components. */
  String EVENT =
      """
      id, incident_id, number, occurred_at, marker, text, author_id, recorded_by, source, permalink,
      recorded_at, source_deleted AS source_message_deleted
      """;

  @SqlUpdate(
      "UPDATE timeline_events SET permalink = :permalink WHERE team_id = :teamId AND id = :id")
  void setPermalink(String teamId, long id, String permalink);

  @SqlQuery(
      "SELECT "
          + EVENT
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND incident_id = :incidentId AND deleted_at IS NULL
      ORDER BY occurred_at, number
      """)
  List<TimelineEvent> live(String teamId, long incidentId);

  @SqlQuery(
      "SELECT "
          + EVENT
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND incident_id = :incidentId AND number = :number AND deleted_at IS NULL
      """)
  Optional<TimelineEvent> byNumber(String teamId, long incidentId, int number);

  @SqlQuery(
      "SELECT "
          + EVENT
          + """
       FROM timeline_events
      WHERE team_id = :teamId AND source_channel_id = :channelId AND source_ts = :ts
        AND deleted_at IS NULL
      ORDER BY id
      """)
  List<TimelineEvent> forMessage(String teamId, String channelId, String ts);

  /** Replaces the event's time, marker and text, keeping the previous version as a revision. */
  @Transaction
  default Optional<TimelineEvent> update(
      String teamId, TimelineEvent changed, String changedBy, String change, Instant at) {
    keepRevision(teamId, changed.id(), change, changedBy, at);
    Optional<TimelineEvent> rewritten = rewrite(teamId, changed);
    rewritten.ifPresent(e -> refreshMarkers(teamId, e.incidentId()));
    return rewritten;
  }

  /** Takes the event off the timeline, keeping it as a revision. */
  @Transaction
  default void delete(String teamId, long id, String deletedBy, String change, Instant at) {
    keepRevision(teamId, id, change, deletedBy, at);
    markDeleted(teamId, id, at).ifPresent(incidentId -> refreshMarkers(teamId, incidentId));
  }

  String EARLIEST =
      "(SELECT MIN(occurred_at) FROM timeline_events WHERE team_id = :teamId AND incident_id = :incidentId"
          + " AND deleted_at IS NULL AND marker = ";

  /**
   * Rewrites the incident's marker columns ({@code marker_impact_at} … {@code marker_resolved_at})
   * from its live events: the earliest per marker, the latest T8 (an incident can be reopened and
   * resolved again). Called in the transaction of every write that can change them, so stats, which
   * read only these columns, never disagree with the timeline. Each column is one seek on {@code
   * timeline_live_markers}, whatever the number of events.
   */
  @SqlUpdate(
      "UPDATE incidents SET marker_impact_at = "
          + EARLIEST
          + "'IMPACT'), marker_alert_at = "
          + EARLIEST
          + "'ALERT'), marker_ack_at = "
          + EARLIEST
          + "'ACK'), marker_investigating_at = "
          + EARLIEST
          + "'INVESTIGATING'), marker_cause_at = "
          + EARLIEST
          + "'CAUSE'), marker_fix_at = "
          + EARLIEST
          + "'FIX'), marker_restored_at = "
          + EARLIEST
          + "'RESTORED'), marker_resolved_at = (SELECT MAX(occurred_at) FROM timeline_events"
          + " WHERE team_id = :teamId AND incident_id = :incidentId AND deleted_at IS NULL"
          + " AND marker = 'RESOLVED') WHERE team_id = :teamId AND id = :incidentId")
  void refreshMarkers(String teamId, long incidentId);

  @SqlUpdate(
      """
      INSERT INTO timeline_event_revisions (team_id, event_id, change, occurred_at, marker, text, changed_by, changed_at)
      SELECT team_id, id, :change, occurred_at, marker, text, :changedBy, :at
        FROM timeline_events WHERE team_id = :teamId AND id = :id
      """)
  void keepRevision(String teamId, long id, String change, String changedBy, Instant at);

  @SqlQuery(
      """
      UPDATE timeline_events SET occurred_at = :occurredAt, marker = :marker, text = :text
      WHERE team_id = :teamId AND id = :id
      RETURNING
      """
          + EVENT)
  Optional<TimelineEvent> rewrite(String teamId, @BindMethods TimelineEvent changed);

  @SqlQuery(
      "UPDATE timeline_events SET deleted_at = :at WHERE team_id = :teamId AND id = :id RETURNING incident_id")
  Optional<Long> markDeleted(String teamId, long id, Instant at);

  @SqlUpdate(
      """
      INSERT INTO reaction_tags (event_id, team_id, user_id, reaction, tagged_at)
      VALUES (:eventId, :teamId, :userId, :reaction, :at)
      ON CONFLICT (event_id, user_id, reaction) DO NOTHING
      """)
  int addTag(String teamId, long eventId, String userId, String reaction, Instant at);

  /** Removes a tag and counts those left. */
  @Transaction
  default int removeTag(String teamId, long eventId, String userId, String reaction) {
    deleteTag(teamId, eventId, userId, reaction);
    return tagCount(teamId, eventId);
  }

  @SqlUpdate(
      "DELETE FROM reaction_tags WHERE team_id = :teamId AND event_id = :eventId AND user_id = :userId AND reaction = :reaction")
  void deleteTag(String teamId, long eventId, String userId, String reaction);

  @SqlQuery("SELECT COUNT(*) FROM reaction_tags WHERE team_id = :teamId AND event_id = :eventId")
  int tagCount(String teamId, long eventId);

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
  void attachMessage(String teamId, long id, String text, String authorId, String permalink);

  @SqlUpdate("UPDATE timeline_events SET source_deleted = 1 WHERE team_id = :teamId AND id = :id")
  void markSourceDeleted(String teamId, long id);

  @SqlQuery(
      """
      SELECT team_id, id, source_channel_id, source_ts FROM timeline_events
      WHERE enriched = 0 AND deleted_at IS NULL ORDER BY id LIMIT :limit
      """)
  @RegisterConstructorMapper(PendingRow.class)
  List<PendingRow> awaitingMessage(int limit);

  @SqlUpdate(
      """
      INSERT INTO slack_deliveries (team_id, event_id, received_at) VALUES (:teamId, :eventId, :at)
      ON CONFLICT (team_id, event_id) DO NOTHING
      """)
  int recordDelivery(String teamId, String eventId, Instant at);
}
