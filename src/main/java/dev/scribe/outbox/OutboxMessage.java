package dev.scribe.outbox;

import java.util.Objects;

/**
 * A message to enqueue.
 *
 * @param kind what it is
 * @param teamId the Slack workspace it is for
 * @param dedupeKey what makes it this message and no other of its kind in the workspace (a Slack
 *     event id, a slash command's trigger id, a reminder's recipient and day): enqueuing it again
 *     stores nothing
 * @param payload what the sender needs to send it
 */
public record OutboxMessage<P extends Record>(
    MessageKind<P> kind, String teamId, String dedupeKey, P payload) {

  /** Keys are stored in an indexed column: keep them short. */
  static final int LONGEST_KEY = 200;

  public OutboxMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    Objects.requireNonNull(payload, "payload");
    if (dedupeKey.isBlank() || dedupeKey.length() > LONGEST_KEY) {
      throw new IllegalArgumentException("a dedupe key has 1 to " + LONGEST_KEY + " characters");
    }
    if (!kind.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(
          kind.name() + " carries " + kind.payloadType().getSimpleName() + ", not " + payload);
    }
  }
}
