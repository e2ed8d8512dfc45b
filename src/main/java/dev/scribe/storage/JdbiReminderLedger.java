package dev.scribe.storage;

import dev.scribe.actions.LedgerEntry;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderLedger;
import dev.scribe.actions.ReminderState;
import dev.scribe.actions.SendAttempt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The reminder ledger in the database. The primary key decides who claims a reminder first; a
 * conditional UPDATE decides who takes over a retry or an abandoned send, so two processes never
 * both win.
 */
public final class JdbiReminderLedger implements ReminderLedger {

  /** Keys read per query: well under every database's limit on bound values. */
  private static final int CHUNK = 400;

  private final ReminderLedgerDao dao;

  public JdbiReminderLedger(Jdbi jdbi) {
    this.dao = SqlObjects.onDemand(jdbi, ReminderLedgerDao.class);
  }

  @Override
  public Optional<SendAttempt> begin(ReminderKey key, Instant now, Instant leaseUntil) {
    return dao.begin(key, now, leaseUntil);
  }

  @Override
  public void markSent(ReminderKey key, String messageRef) {
    dao.sent(key, messageRef);
  }

  @Override
  public void markRetry(ReminderKey key, int attempt, Instant nextAttemptAt, String reason) {
    dao.settle(key, attempt, ReminderState.PENDING, nextAttemptAt, reason);
  }

  @Override
  public void markFailed(ReminderKey key, int attempt, String reason) {
    dao.settle(key, attempt, ReminderState.FAILED, null, reason);
  }

  @Override
  public Optional<LedgerEntry> find(ReminderKey key) {
    return dao.find(key).map(ReminderLedgerDao.LedgerRow::entry);
  }

  @Override
  public Map<ReminderKey, LedgerEntry> findAll(String teamId, Collection<ReminderKey> keys) {
    Map<ReminderKey, LedgerEntry> found = new HashMap<>();
    List<ReminderKey> all = List.copyOf(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<ReminderKey> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Set<String> recipients =
          chunk.stream().map(ReminderKey::recipientId).collect(Collectors.toSet());
      Set<LocalDate> periods = chunk.stream().map(ReminderKey::period).collect(Collectors.toSet());
      Set<ReminderKey> wanted = new HashSet<>(chunk);
      dao.findAll(teamId, recipients, periods).stream()
          .map(ReminderLedgerDao.LedgerRow::entry)
          .filter(e -> wanted.contains(e.key()))
          .forEach(e -> found.put(e.key(), e));
    }
    return found;
  }
}
