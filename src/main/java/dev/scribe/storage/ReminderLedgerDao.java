package dev.scribe.storage;

import dev.scribe.actions.LedgerEntry;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderState;
import dev.scribe.actions.SendAttempt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(ReminderLedgerDao.LedgerRow.class)
interface ReminderLedgerDao {

  record LedgerRow(
      String teamId,
      String recipientId,
      LocalDate period,
      ReminderKind kind,
      ReminderState state,
      int attempts,
      Instant claimedAt,
      Instant nextAttemptAt,
      Instant leaseUntil,
      String messageRef,
      String lastError) {

    LedgerEntry entry() {
      return new LedgerEntry(
          new ReminderKey(teamId, recipientId, period, kind),
          state,
          attempts,
          claimedAt,
          nextAttemptAt,
          leaseUntil,
          messageRef,
          lastError);
    }
  }

  record Taken(int attempts, Instant claimedAt) {}

  // The key's columns, bound by name from a ReminderKey in every statement.
  String WHERE_KEY =
      " WHERE team_id = :teamId AND recipient_id = :recipientId AND period = :period AND kind = :kind";

  /** The first claim of a key wins; later, only a due retry or an abandoned send is taken over. */
  @Transaction
  default Optional<SendAttempt> begin(ReminderKey key, Instant now, Instant leaseUntil) {
    if (claimNew(key, now, leaseUntil) == 1) {
      return Optional.of(new SendAttempt(1, false, now));
    }
    return takeOver(key, now, leaseUntil)
        .map(t -> new SendAttempt(t.attempts(), true, t.claimedAt()));
  }

  @SqlUpdate(
      """
      INSERT INTO reminder_ledger (team_id, recipient_id, period, kind, state, attempts, claimed_at,
                                   next_attempt_at, lease_until)
      VALUES (:teamId, :recipientId, :period, :kind, 'SENDING', 1, :now, :now, :leaseUntil)
      ON CONFLICT (team_id, recipient_id, period, kind) DO NOTHING
      """)
  int claimNew(@BindMethods ReminderKey key, Instant now, Instant leaseUntil);

  @SqlQuery(
      "UPDATE reminder_ledger SET state = 'SENDING', attempts = attempts + 1, lease_until = :leaseUntil"
          + WHERE_KEY
          + """
         AND ((state = 'PENDING' AND next_attempt_at <= :now) OR (state = 'SENDING' AND lease_until <= :now))
        RETURNING attempts, claimed_at
        """)
  @RegisterConstructorMapper(Taken.class)
  Optional<Taken> takeOver(@BindMethods ReminderKey key, Instant now, Instant leaseUntil);

  @SqlUpdate(
      "UPDATE reminder_ledger SET state = 'SENT', lease_until = NULL, message_ref = :messageRef"
          + WHERE_KEY)
  int sent(@BindMethods ReminderKey key, String messageRef);

  @SqlUpdate(
      "UPDATE reminder_ledger SET state = :state, lease_until = NULL, next_attempt_at = COALESCE(:nextAttemptAt, next_attempt_at),"
          + " last_error = :error"
          + WHERE_KEY
          + " AND state = 'SENDING' AND attempts = :attempt")
  int settle(
      @BindMethods ReminderKey key,
      int attempt,
      ReminderState state,
      Instant nextAttemptAt,
      String error);

  @SqlQuery("SELECT * FROM reminder_ledger" + WHERE_KEY)
  Optional<LedgerRow> find(@BindMethods ReminderKey key);

  @SqlQuery(
      """
      SELECT * FROM reminder_ledger
      WHERE team_id = :teamId AND recipient_id IN (<recipients>) AND period IN (<periods>)
      """)
  List<LedgerRow> findAll(
      String teamId,
      @BindList("recipients") Collection<String> recipients,
      @BindList("periods") Collection<LocalDate> periods);
}
