package dev.scribe.actions;

/** Where a claimed reminder stands in the ledger. */
public enum ReminderState {
  /** Claimed, waiting for its (next) attempt. */
  PENDING,
  /** An attempt is under way; if its lease runs out, the sender is presumed dead. */
  SENDING,
  /** Delivered. */
  SENT,
  /** Given up on: Slack refused it for good, or too many attempts. */
  FAILED
}
