package dev.scribe.actions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder's line in the ledger.
 *
 * @param key which reminder
 * @param state where it stands
 * @param attempts how many sends were begun
 * @param claimedAt when it was first claimed
 * @param nextAttemptAt when a pending reminder may be tried again
 * @param leaseUntil while sending, when the sender is presumed dead; null otherwise
 * @param messageRef where the sent message is ({@code channel/ts}), null until sent
 * @param lastError why the last attempt failed, or null
 */
public record LedgerEntry(
    ReminderKey key,
    ReminderState state,
    int attempts,
    Instant claimedAt,
    Instant nextAttemptAt,
    Instant leaseUntil,
    String messageRef,
    String lastError) {

  public LedgerEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(claimedAt, "claimedAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
  }

  public Optional<String> sentMessage() {
    return Optional.ofNullable(messageRef);
  }
}
