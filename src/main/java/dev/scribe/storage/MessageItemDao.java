package dev.scribe.storage;

import dev.scribe.actions.ActionDraft;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Action items quoting a Slack message; the unique index on the message keeps them one each. */
@RegisterConstructorMapper(ActionItemDao.ItemRow.class)
interface MessageItemDao {

  record PendingRow(String teamId, long id, String sourceChannelId, String sourceTs) {}

  /**
   * Numbers the item after the incident's last one and stores it, unless the message already has
   * one in the incident (a number is used up then; numbers may have gaps).
   */
  @Transaction
  default Optional<Long> addUnlessRecorded(
      String teamId, ActionDraft draft, String channelId, String ts) {
    int number = nextNumber(teamId, draft.incidentId());
    return insert(teamId, number, draft, channelId, ts);
  }

  @SqlQuery(
      """
      UPDATE incidents SET last_action_number = last_action_number + 1
      WHERE team_id = :teamId AND id = :incidentId
      RETURNING last_action_number
      """)
  int nextNumber(String teamId, long incidentId);

  // No conflict target: the partial unique index on the message is what can conflict, and SQLite
  // and PostgreSQL both skip the row without naming it.
  @SqlQuery(
      """
      INSERT INTO action_items (team_id, incident_id, number, text, owner_id, due_date, priority,
                                kind, status, ticket_url, created_by, created_at,
                                source_channel_id, source_ts, enriched)
      VALUES (:teamId, :incidentId, :number, :text, :ownerId, :dueDate, :priority,
              :kind, 'OPEN', :ticketUrl, :createdBy, :createdAt, :channelId, :ts, 0)
      ON CONFLICT DO NOTHING
      RETURNING id
      """)
  Optional<Long> insert(
      String teamId, int number, @BindMethods ActionDraft draft, String channelId, String ts);

  @SqlQuery(
      ActionItemDao.SELECT
          + """
       WHERE a.team_id = :teamId AND i.team_id = :teamId AND a.incident_id = :incidentId
        AND a.source_channel_id = :channelId AND a.source_ts = :ts
      """)
  Optional<ActionItemDao.ItemRow> fromMessage(
      String teamId, long incidentId, String channelId, String ts);

  @SqlQuery(ActionItemDao.SELECT + ActionItemDao.TEAM + " AND a.id = :id")
  Optional<ActionItemDao.ItemRow> byId(String teamId, long id);

  @SqlUpdate(
      """
      UPDATE action_items
         SET text = CASE WHEN text = :placeholder THEN :text ELSE text END,
             owner_id = COALESCE(owner_id, :ownerId),
             enriched = 1
      WHERE team_id = :teamId AND id = :id AND enriched = 0
      """)
  void attachMessage(String teamId, long id, String placeholder, String text, String ownerId);

  @SqlQuery(
      """
      SELECT team_id, id, source_channel_id, source_ts FROM action_items
      WHERE enriched = 0 ORDER BY id LIMIT :limit
      """)
  @RegisterConstructorMapper(PendingRow.class)
  List<PendingRow> awaitingMessage(int limit);
}
