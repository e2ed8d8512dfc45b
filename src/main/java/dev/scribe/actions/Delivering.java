package dev.scribe.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Claims one message in the ledger, sends it if this caller won, and records the outcome. */
final class Delivering {

  /** Longer than any single Slack call may take: a sender silent this long is presumed dead. */
  static final Duration LEASE = Duration.ofMinutes(5);

  static final int MAX_ATTEMPTS = 8;
  private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
  private static final Duration LONGEST_BACKOFF = Duration.ofHours(1);

  private final ReminderLedger ledger;
  private final ReminderNotifier notifier;
  private final Clock clock;

  Delivering(ReminderLedger ledger, ReminderNotifier notifier, Clock clock) {
    this.ledger = ledger;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Skips without a write a reminder whose known line says it is not to be sent now. */
  SweepReport deliver(ReminderMessage message, Optional<LedgerEntry> known) {
    if (known.isPresent() && !known.get().isTakeable(clock.instant())) {
      return new SweepReport(0, 0, 0, 0, 1);
    }
    return deliver(message);
  }

  SweepReport deliver(ReminderMessage message) {
    ReminderKey key = message.key();
    Instant now = clock.instant();
    Optional<SendAttempt> won = ledger.begin(key, now, now.plus(LEASE));
    if (won.isEmpty()) {
      return new SweepReport(0, 0, 0, 0, 1);
    }
    SendAttempt attempt = won.get();
    if (attempt.uncertain()) {
      ReminderNotifier.Lookup lookup = notifier.findDelivered(key, attempt.claimedAt());
      if (lookup instanceof ReminderNotifier.Found found) {
        ledger.markSent(key, found.messageRef());
        return new SweepReport(0, 1, 0, 0, 0);
      }
      if (lookup instanceof ReminderNotifier.Unavailable unavailable) {
        return retry(key, attempt, unavailable.retryAfter(), unavailable.reason());
      }
    }
    return record(key, attempt, send(message));
  }

  /** An unexpected exception from the adapter is a failure of this attempt, not of the sweep. */
  private ReminderNotifier.Delivery send(ReminderMessage message) {
    try {
      return notifier.send(message);
    } catch (RuntimeException e) {
      return new ReminderNotifier.RetryLater(Optional.empty(), e.getClass().getSimpleName());
    }
  }

  private SweepReport record(
      ReminderKey key, SendAttempt attempt, ReminderNotifier.Delivery delivery) {
    if (delivery instanceof ReminderNotifier.Sent sent) {
      ledger.markSent(key, sent.messageRef());
      return new SweepReport(1, 0, 0, 0, 0);
    }
    if (delivery instanceof ReminderNotifier.RetryLater later) {
      return retry(key, attempt, later.retryAfter(), later.reason());
    }
    ledger.markFailed(key, attempt.attempt(), ((ReminderNotifier.Failed) delivery).reason());
    return new SweepReport(0, 0, 0, 1, 0);
  }

  private SweepReport retry(
      ReminderKey key, SendAttempt attempt, Optional<Duration> after, String reason) {
    if (attempt.attempt() >= MAX_ATTEMPTS) {
      ledger.markFailed(
          key, attempt.attempt(), "gave up after " + attempt.attempt() + " attempts: " + reason);
      return new SweepReport(0, 0, 0, 1, 0);
    }
    Duration wait = after.orElseGet(() -> backoff(attempt.attempt()));
    ledger.markRetry(key, attempt.attempt(), clock.instant().plus(wait), reason);
    return new SweepReport(0, 0, 1, 0, 0);
  }

  /** 1 min, 2 min, 4 min … at most an hour. */
  static Duration backoff(int attempt) {
    Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
    return d.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : d;
  }
}
