package dev.scribe.outbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of message the outbox holds: its name in the store, the record its payload is, and how
 * long it is tried. Each kind has one {@link Sender}.
 *
 * @param name the stored name, such as {@code draft}; never renamed once messages are stored
 * @param payloadType what one message of this kind carries
 * @param retry how long it is tried
 */
public record MessageKind<P extends Record>(String name, Class<P> payloadType, RetryPolicy retry) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public MessageKind {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payloadType, "payloadType");
    Objects.requireNonNull(retry, "retry");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a kind's name is lower-case words and dashes: " + name);
    }
  }

  /** A message of this kind for the workspace, identified by {@code dedupeKey}. */
  public OutboxMessage<P> message(String teamId, String dedupeKey, P payload) {
    return new OutboxMessage<>(this, teamId, dedupeKey, payload);
  }
}
