package dev.scribe.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Delivers reminders to people and channels (Slack direct messages in production). */
public interface ReminderNotifier {

  /** Sends the message, tagged with its key so that {@link #findDelivered} can find it again. */
  Delivery send(ReminderMessage message);

  /**
   * Looks in the recipient's conversation for a message tagged with {@code key} since {@code
   * since}.
   */
  Lookup findDelivered(ReminderKey key, Instant since);

  /** How a send went. */
  sealed interface Delivery {}

  /** Delivered; {@code messageRef} is {@code channel/ts}. */
  record Sent(String messageRef) implements Delivery {}

  /** Not delivered, worth retrying: after {@code retryAfter} when the other side said so. */
  record RetryLater(Optional<Duration> retryAfter, String reason) implements Delivery {}

  /** Not delivered and never will be (unknown user, channel archived…). */
  record Failed(String reason) implements Delivery {}

  /** What a look into the conversation found. */
  sealed interface Lookup {}

  /** The message is there. */
  record Found(String messageRef) implements Lookup {}

  /** Looked, and it is not there. */
  record NotFound() implements Lookup {}

  /** Could not look; try later. */
  record Unavailable(Optional<Duration> retryAfter, String reason) implements Lookup {}
}
