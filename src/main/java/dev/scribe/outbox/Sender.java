package dev.scribe.outbox;

import java.util.Optional;

/**
 * Sends the messages of one kind (through Slack in production). Adding a kind to Scribe is a
 * payload record with its {@link MessageKind}, one sender, and its registration in the composition
 * root.
 */
public interface Sender<P extends Record> {

  /** The kind this sender sends. */
  MessageKind<P> kind();

  /** One attempt to send the message. Never throws for a failure Slack reported. */
  Delivery send(Outgoing<P> message);

  /**
   * Whether an earlier attempt whose outcome is unknown delivered the message after all; asked
   * before sending a message that is in doubt. Each sender says what it can know: found or not, or
   * {@link Lookup.AssumedDelivered} when it cannot look.
   */
  Lookup findDelivered(Outgoing<P> message);

  /** Whom to tell, and what, when the message is given up; empty when there is nobody to tell. */
  default Optional<FailureNotice> noticeOnGiveUp(Outgoing<P> message, String reason) {
    return Optional.empty();
  }
}
