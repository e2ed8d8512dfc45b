package dev.scribe.storage;

import dev.scribe.actions.LedgerEntry;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderLedger;
import dev.scribe.actions.ReminderState;
import dev.scribe.actions.SendAttempt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  private final Jdbi jdbi;

  public JdbiReminderLedger(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<SendAttempt> begin(ReminderKey key, Instant now, Instant leaseUntil) {
    ReminderLedgerDao.Key k = key(key);
    long at = now.toEpochMilli();
    long lease = leaseUntil.toEpochMilli();
    return jdbi.inTransaction(
        h -> {
          ReminderLedgerDao dao = h.attach(ReminderLedgerDao.class);
          if (dao.claimNew(k, at, lease) == 1) {
            return Optional.of(new SendAttempt(1, false, now));
          }
          return dao.takeOver(k, at, lease)
              .map(t -> new SendAttempt(t.attempts(), true, Instant.ofEpochMilli(t.claimedAt())));
        });
  }

  @Override
  public void markSent(ReminderKey key, String messageRef) {
    jdbi.useHandle(h -> h.attach(ReminderLedgerDao.class).sent(key(key), messageRef));
  }

  @Override
  public void markRetry(ReminderKey key, int attempt, Instant nextAttemptAt, String reason) {
    settle(key, attempt, ReminderState.PENDING, nextAttemptAt.toEpochMilli(), reason);
  }

  @Override
  public void markFailed(ReminderKey key, int attempt, String reason) {
    settle(key, attempt, ReminderState.FAILED, null, reason);
  }

  private void settle(ReminderKey key, int attempt, ReminderState state, Long next, String reason) {
    jdbi.useHandle(
        h ->
            h.attach(ReminderLedgerDao.class)
                .settle(key(key), attempt, state.name(), next, reason));
  }

  @Override
  public Optional<LedgerEntry> find(ReminderKey key) {
    return jdbi.withHandle(h -> h.attach(ReminderLedgerDao.class).find(key(key)))
        .map(JdbiReminderLedger::entry);
  }

  @Override
  public Map<ReminderKey, LedgerEntry> findAll(String teamId, Collection<ReminderKey> keys) {
    Map<ReminderKey, LedgerEntry> found = new HashMap<>();
    List<ReminderKey> all = List.copyOf(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<ReminderKey> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Set<String> recipients =
          chunk.stream().map(ReminderKey::recipientId).collect(Collectors.toSet());
      Set<String> periods =
          chunk.stream().map(k -> k.period().toString()).collect(Collectors.toSet());
      Set<ReminderKey> wanted = new HashSet<>(chunk);
      jdbi
          .withHandle(h -> h.attach(ReminderLedgerDao.class).findAll(teamId, recipients, periods))
          .stream()
          .map(JdbiReminderLedger::entry)
          .filter(e -> wanted.contains(e.key()))
          .forEach(e -> found.put(e.key(), e));
    }
    return found;
  }

  private static ReminderLedgerDao.Key key(ReminderKey key) {
    return new ReminderLedgerDao.Key(
        key.teamId(), key.recipientId(), key.period().toString(), key.kind().name());
  }

  private static LedgerEntry entry(ReminderLedgerDao.LedgerRow r) {
    ReminderKey key =
        new ReminderKey(
            r.teamId(),
            r.recipientId(),
            LocalDate.parse(r.period()),
            ReminderKind.valueOf(r.kind().toUpperCase(Locale.ROOT)));
    return new LedgerEntry(
        key,
        ReminderState.valueOf(r.state()),
        r.attempts(),
        Instant.ofEpochMilli(r.claimedAt()),
        Instant.ofEpochMilli(r.nextAttemptAt()),
        r.leaseUntil() == null ? null : Instant.ofEpochMilli(r.leaseUntil()),
        r.messageRef(),
        r.lastError());
  }
}
