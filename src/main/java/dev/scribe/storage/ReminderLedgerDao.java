package dev.scribe.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ReminderLedgerDao.LedgerRow.class)
interface ReminderLedgerDao {

  /** The key columns, bound by name in every statement. */
  record Key(String teamId, String recipientId, String period, String kind) {}

  record LedgerRow(
      String teamId,
      String recipientId,
      String period,
      String kind,
      String state,
      int attempts,
      long claimedAt,
      long nextAttemptAt,
      Long leaseUntil,
      String messageRef,
      String lastError) {}

  record Taken(int attempts, long claimedAt) {}

  String WHERE_KEY =
      " WHERE team_id = :teamId AND recipient_id = :recipientId AND period = :period AND kind = :kind";

  @SqlUpdate(
      """
      INSERT INTO reminder_ledger (team_id, recipient_id, period, kind, state, attempts, claimed_at,
                                   next_attempt_at, lease_until)
      VALUES (:teamId, :recipientId, :period, :kind, 'SENDING', 1, :now, :now, :leaseUntil)
      ON CONFLICT (team_id, recipient_id, period, kind) DO NOTHING
      """)
  int claimNew(@BindMethods Key key, @Bind("now") long now, @Bind("leaseUntil") long leaseUntil);

  @SqlQuery(
      "UPDATE reminder_ledger SET state = 'SENDING', attempts = attempts + 1, lease_until = :leaseUntil"
          + WHERE_KEY
          + """
         AND ((state = 'PENDING' AND next_attempt_at <= :now) OR (state = 'SENDING' AND lease_until <= :now))
        RETURNING attempts, claimed_at
        """)
  @RegisterConstructorMapper(Taken.class)
  Optional<Taken> takeOver(
      @BindMethods Key key, @Bind("now") long now, @Bind("leaseUntil") long leaseUntil);

  @SqlUpdate(
      "UPDATE reminder_ledger SET state = 'SENT', lease_until = NULL, message_ref = :ref"
          + WHERE_KEY)
  int sent(@BindMethods Key key, @Bind("ref") String messageRef);

  @SqlUpdate(
      "UPDATE reminder_ledger SET state = :state, lease_until = NULL, next_attempt_at = COALESCE(:next, next_attempt_at),"
          + " last_error = :error"
          + WHERE_KEY
          + " AND state = 'SENDING' AND attempts = :attempt")
  int settle(
      @BindMethods Key key,
      @Bind("attempt") int attempt,
      @Bind("state") String state,
      @Bind("next") Long nextAttemptAt,
      @Bind("error") String error);

  @SqlQuery("SELECT * FROM reminder_ledger" + WHERE_KEY)
  Optional<LedgerRow> find(@BindMethods Key key);

  @SqlQuery(
      """
      SELECT * FROM reminder_ledger
      WHERE team_id = :teamId AND recipient_id IN (<recipients>) AND period IN (<periods>)
      """)
  List<LedgerRow> findAll(
      @Bind("teamId") String teamId,
      @BindList("recipients") Collection<String> recipients,
      @BindList("periods") Collection<String> periods);
}
