package dev.scribe.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Tells someone that a message owed to them was given up: privately in the channel it was about, or
 * by direct message when there is no channel or they cannot be reached there. Sent at most once.
 *
 * @param channelId where to tell them, or null for a direct message
 * @param userId whom to tell
 * @param text what went wrong and what they can do
 */
public record FailureNotice(String channelId, String userId, String text) {

  /** Telling is worth a day of trying; a notice about a notice is never sent. */
  public static final MessageKind<FailureNotice> KIND =
      new MessageKind<>(
          "failure-notice",
          FailureNotice.class,
          new RetryPolicy(
              Duration.ofSeconds(10), Duration.ofMinutes(15), 200, Duration.ofHours(24)));

  public FailureNotice {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(text, "text");
  }
}
