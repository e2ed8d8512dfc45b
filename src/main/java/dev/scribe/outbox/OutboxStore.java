package dev.scribe.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as its deliverer sees it: claims, each for one attempt under a lease, and outcomes.
 * Safe when several processes share the store: a message is claimed by one of them at a time, and
 * the outcome of an attempt that lost its lease is ignored.
 */
public interface OutboxStore extends Outbox {

  /**
   * Claims up to {@code max} messages due at {@code now} (pending and due, or sending with a lease
   * run out), each for one more attempt under a lease until {@code leaseUntil}. Taking over a
   * sender's lapsed lease puts the message in doubt. The claimed lines are returned as they are
   * now.
   */
  List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max);

  /** Delivered; {@code sentRef} says where. Always recorded, even from an attempt overtaken. */
  void markSent(long id, String sentRef, Instant now);

  /**
   * Attempt {@code attempt} failed for now; try again from {@code nextAttemptAt}. With {@code
   * mayHaveArrived} the message is in doubt from now on. False (nothing changed) when that attempt
   * no longer holds the message.
   */
  boolean markRetry(
      long id, int attempt, Instant nextAttemptAt, String reason, boolean mayHaveArrived);

  /** Attempt {@code attempt} failed for good; false when it no longer holds the message. */
  boolean markFailed(long id, int attempt, String reason, Instant now);

  /** Attempt {@code attempt} found nothing to send; false when it no longer holds the message. */
  boolean markSkipped(long id, int attempt, String reason, Instant now);

  /** Notes how far attempt {@code attempt} got, for a later attempt to pick up from. */
  void saveProgress(long id, int attempt, String progress);

  /** The message's line, if it was enqueued. */
  Optional<OutboxEntry> find(String teamId, MessageKind<?> kind, String dedupeKey);

  /** Pending, sending and failed messages, counted by kind and state. */
  List<DepthCount> depth();

  /**
   * Deletes up to {@code max} messages delivered or skipped before {@code settledBefore}, except
   * those of the {@code kept} kinds; returns how many. Their line was only the record that they
   * were sent once, which no later enqueue needs once their key cannot come again. Waiting, sending
   * and given-up messages are never deleted.
   */
  int forgetSettled(Instant settledBefore, Collection<MessageKind<?>> kept, int max);
}
