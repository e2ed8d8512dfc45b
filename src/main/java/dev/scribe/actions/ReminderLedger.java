package dev.scribe.actions;

import java.time.Instant;
import java.util.Optional;

/**
 * The record of every reminder owed and sent, which makes sending exactly-once: a reminder is
 * claimed under a unique key before anything is sent, and only the caller that wins {@link #begin}
 * may send it.
 */
public interface ReminderLedger {

  /**
   * Claims the reminder for one send attempt, atomically: the first claim of a key wins; later, a
   * reminder is taken again only when its retry time has come, or when the previous sender's lease
   * ran out. Empty when already sent, failed, waiting for a retry, or being sent by someone else.
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
