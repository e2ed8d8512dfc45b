package dev.scribe.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where the domain puts the messages it owes people. Enqueuing joins the caller's transaction (see
 * {@code common.Transactor}): the message is stored if and only if the change that owes it is.
 */
public interface Outbox {

  /**
   * Stores the message for delivery from {@code now}; false, and nothing stored, when a message of
   * the same kind and dedupe key is already there for the workspace (sent or not).
   */
  boolean enqueue(OutboxMessage<?> message, Instant now);

  /**
   * Which of {@code dedupeKeys} of this kind the workspace's outbox already holds, read in bulk: a
   * sweep skips them without a write. Only {@link #enqueue} decides what is stored.
   */
  Set<String> enqueuedKeys(String teamId, MessageKind<?> kind, Collection<String> dedupeKeys);

  /**
   * Where the latest delivered message of this kind whose dedupe key starts with {@code keyPrefix}
   * landed: lets a sender find what an earlier one created, such as a channel's canvas.
   */
  Optional<String> latestSentRef(String teamId, MessageKind<?> kind, String keyPrefix);
}
