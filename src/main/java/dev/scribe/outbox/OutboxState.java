package dev.scribe.outbox;

/** Where a message stands in the outbox. */
public enum OutboxState {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** An attempt is under way; if its lease runs out, the sender is presumed dead. */
  SENDING,
  /** Delivered (or found delivered by an earlier attempt). */
  SENT,
  /** Given up: refused for good, too many attempts, or too late. */
  FAILED,
  /** Not sent because there was nothing left to say when its turn came. */
  SKIPPED;

  /** Whether nothing more will happen to a message in this state. */
  public boolean isSettled() {
    return this == SENT || this == FAILED || this == SKIPPED;
  }
}
