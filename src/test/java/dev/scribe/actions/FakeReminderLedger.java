package dev.scribe.actions;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger in memory, with the same compare-and-set rules as the database; passes the contract.
 */
public final class FakeReminderLedger implements ReminderLedger {

  private final Map<ReminderKey, LedgerEntry> entries = new HashMap<>();

  @Override
  public synchronized Optional<SendAttempt> begin(
      ReminderKey key, Instant now, Instant leaseUntil) {
    LedgerEntry e = entries.get(key);
    if (e == null) {
      entries.put(
          key, new LedgerEntry(key, ReminderState.SENDING, 1, now, now, leaseUntil, null, null));
      return Optional.of(new SendAttempt(1, false, now));
    }
    if (!e.isTakeable(now)) {
      return Optional.empty();
    }
    int attempt = e.attempts() + 1;
    entries.put(
        key,
        new LedgerEntry(
            key,
            ReminderState.SENDING,
            attempt,
            e.claimedAt(),
            e.nextAttemptAt(),
            leaseUntil,
            null,
            e.lastError()));
    return Optional.of(new SendAttempt(attempt, true, e.claimedAt()));
  }

  @Override
  public synchronized void markSent(ReminderKey key, String messageRef) {
    LedgerEntry e = entries.get(key);
    entries.put(
        key,
        new LedgerEntry(
            key,
            ReminderState.SENT,
            e.attempts(),
            e.claimedAt(),
            e.nextAttemptAt(),
            null,
            messageRef,
            e.lastError()));
  }

  @Override
  public synchronized void markRetry(
      ReminderKey key, int attempt, Instant nextAttemptAt, String reason) {
    LedgerEntry e = entries.get(key);
    if (e.state() == ReminderState.SENDING && e.attempts() == attempt) {
      entries.put(
          key,
          new LedgerEntry(
              key,
              ReminderState.PENDING,
              attempt,
              e.claimedAt(),
              nextAttemptAt,
              null,
              null,
              reason));
    }
  }

  @Override
  public synchronized void markFailed(ReminderKey key, int attempt, String reason) {
    LedgerEntry e = entries.get(key);
    if (e.state() == ReminderState.SENDING && e.attempts() == attempt) {
      entries.put(
          key,
          new LedgerEntry(
              key,
              ReminderState.FAILED,
              attempt,
              e.claimedAt(),
              e.nextAttemptAt(),
              null,
              null,
              reason));
    }
  }

  @Override
  public synchronized Optional<LedgerEntry> find(ReminderKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public synchronized Map<ReminderKey, LedgerEntry> findAll(
      String teamId, Collection<ReminderKey> keys) {
    Map<ReminderKey, LedgerEntry> found = new HashMap<>();
    keys.stream()
        .filter(k -> k.teamId().equals(teamId) && entries.containsKey(k))
        .forEach(k -> found.put(k, entries.get(k)));
    return found;
  }

  public synchronized List<LedgerEntry> all() {
    return List.copyOf(entries.values());
  }
}
