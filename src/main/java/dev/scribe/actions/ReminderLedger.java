package dev.scribe.actions;

import java.time.Instant;
import java.util.Optional;

/**
 * The record of every reminder owed and sent, which makes sending exactly-once: a reminder is
 * claimed under a unique key before anything is sent, and only the caller that wins {@link #begin}
 * may send it.
 */
public interface ReminderLedger {

  /** Records the reminder as owed unless it already is; true when this call recorded it. */
  boolean claim(ReminderKey key, Instant now);

  /**
   * Takes the reminder for one send attempt if it is pending and its retry time has come, or if the
   * previous sender's lease ran out (then the attempt is uncertain). Empty when already sent,
   * failed, waiting for a retry, or being sent by someone else.
   */
  Optional<SendAttempt> begin(ReminderKey key, Instant now, Instant leaseUntil);

  /** The reminder was delivered; {@code messageRef} says where. */
  void markSent(ReminderKey key, String messageRef);

  /** Attempt {@code attempt} failed for now; try again from {@code nextAttemptAt}. */
  void markRetry(ReminderKey key, int attempt, Instant nextAttemptAt, String reason);

  /** Attempt {@code attempt} failed for good. */
  void markFailed(ReminderKey key, int attempt, String reason);

  /** The reminder's line, if claimed. */
  Optional<LedgerEntry> find(ReminderKey key);
}
