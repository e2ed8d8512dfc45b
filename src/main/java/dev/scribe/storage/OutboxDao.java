package dev.scribe.storage;

import dev.scribe.outbox.DepthCount;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The outbox table; its rows are {@link OutboxEntry} records ({@link ColumnTypes}). */
@RegisterConstructorMapper(OutboxEntry.class)
interface OutboxDao {

  @SqlUpdate(
      """
      INSERT INTO outbox (team_id, kind, dedupe_key, payload, state, enqueued_at, next_attempt_at,
                          give_up_at)
      VALUES (:teamId, :kind, :dedupeKey, :payload, 'PENDING', :now, :now, :giveUpAt)
      ON CONFLICT (team_id, kind, dedupe_key) DO NOTHING
      """)
  int insert(
      String teamId, String kind, String dedupeKey, String payload, Instant now, Instant giveUpAt);

  @SqlQuery(
      """
      SELECT dedupe_key FROM outbox
      WHERE team_id = :teamId AND kind = :kind AND dedupe_key IN (<keys>)
      """)
  List<String> existing(String teamId, String kind, @BindList("keys") Collection<String> keys);

  /** Claims due messages in one transaction; each is taken only if still due when updated. */
  @Transaction
  default List<OutboxEntry> claim(Instant now, Instant leaseUntil, int max) {
    List<OutboxEntry> taken = new ArrayList<>();
    for (long id : due(now, max)) {
      take(id, now, leaseUntil).ifPresent(taken::add);
    }
    return taken;
  }

  @SqlQuery(
      """
      SELECT id FROM (
          SELECT id, next_attempt_at AS due_at FROM outbox
          WHERE state = 'PENDING' AND next_attempt_at <= :now
          UNION ALL
          SELECT id, lease_until AS due_at FROM outbox
          WHERE state = 'SENDING' AND lease_until <= :now
      ) AS due_messages
      ORDER BY due_at, id
      LIMIT :max
      """)
  List<Long> due(Instant now, int max);

  /**
   * The conditional UPDATE that makes a claim exclusive: of two processes taking the same message,
   * the second finds it no longer due. Taking over a lapsed lease puts the message in doubt.
   */
  @SqlQuery(
      """
      UPDATE outbox
      SET state = 'SENDING', attempts = attempts + 1, lease_until = :leaseUntil,
          in_doubt = CASE WHEN state = 'SENDING' THEN 1 ELSE in_doubt END
      WHERE id = :id
        AND ((state = 'PENDING' AND next_attempt_at <= :now)
             OR (state = 'SENDING' AND lease_until <= :now))
      RETURNING *
      """)
  Optional<OutboxEntry> take(long id, Instant now, Instant leaseUntil);

  /** See {@code OutboxStore.forgetSettled}; the subquery reads the {@code outbox_settled} index. */
  @SqlUpdate(
      """
      DELETE FROM outbox WHERE id IN (
          SELECT id FROM outbox
          WHERE state IN ('SENT', 'SKIPPED') AND settled_at < :settledBefore
            AND kind NOT IN (<kept>)
          LIMIT :max)
      """)
  int forgetSettled(Instant settledBefore, @BindList("kept") List<String> kept, int max);

  @SqlUpdate(
      """
      UPDATE outbox SET state = 'SENT', lease_until = NULL, sent_ref = :sentRef, settled_at = :now
      WHERE id = :id
      """)
  int sent(long id, String sentRef, Instant now);

  @SqlUpdate(
      """
      UPDATE outbox
      SET state = 'PENDING', lease_until = NULL, next_attempt_at = :next, last_error = :reason,
          in_doubt = CASE WHEN :doubt = 1 THEN 1 ELSE in_doubt END
      WHERE id = :id AND state = 'SENDING' AND attempts = :attempt
      """)
  int retry(long id, int attempt, Instant next, String reason, int doubt);

  @SqlUpdate(
      """
      UPDATE outbox
      SET state = :state, lease_until = NULL, last_error = :reason, settled_at = :now
      WHERE id = :id AND state = 'SENDING' AND attempts = :attempt
      """)
  int settle(long id, int attempt, OutboxState state, String reason, Instant now);

  @SqlUpdate(
      """
      UPDATE outbox SET progress = :progress
      WHERE id = :id AND state = 'SENDING' AND attempts = :attempt
      """)
  int progress(long id, int attempt, String progress);

  @SqlQuery(
      "SELECT * FROM outbox WHERE team_id = :teamId AND kind = :kind AND dedupe_key = :dedupeKey")
  Optional<OutboxEntry> find(String teamId, String kind, String dedupeKey);

  /** A prefix compared with SUBSTR, not LIKE, so that no character of it is a wildcard. */
  @SqlQuery(
      """
      SELECT sent_ref FROM outbox
      WHERE team_id = :teamId AND kind = :kind AND state = 'SENT' AND sent_ref IS NOT NULL
        AND SUBSTR(dedupe_key, 1, :prefixLength) = :prefix
      ORDER BY settled_at DESC, id DESC
      LIMIT 1
      """)
  Optional<String> latestSentRef(String teamId, String kind, String prefix, int prefixLength);

  @SqlQuery(
      """
      SELECT kind, 'PENDING' AS state, COUNT(*) AS count FROM outbox WHERE state = 'PENDING'
      GROUP BY kind
      UNION ALL
      SELECT kind, 'SENDING' AS state, COUNT(*) AS count FROM outbox WHERE state = 'SENDING'
      GROUP BY kind
      UNION ALL
      SELECT kind, 'FAILED' AS state, COUNT(*) AS count FROM outbox WHERE state = 'FAILED'
      GROUP BY kind
      """)
  @RegisterConstructorMapper(DepthCount.class)
  List<DepthCount> depth();
}
