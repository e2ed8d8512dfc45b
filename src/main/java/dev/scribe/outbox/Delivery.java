package dev.scribe.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How one attempt to send a message went. */
public sealed interface Delivery {

  /** Delivered; {@code ref} says where ({@code channel/ts}, a file or canvas id). */
  record Sent(String ref) implements Delivery {
    public Sent {
      Objects.requireNonNull(ref, "ref");
    }
  }

  /**
   * Not delivered, worth trying again: after {@code retryAfter} when Slack said so (429), else
   * after the kind's backoff.
   *
   * @param mayHaveArrived true when Slack may have acted on it all the same (a timeout, a broken
   *     connection): the next attempt looks before sending
   */
  record RetryLater(Optional<Duration> retryAfter, String reason, boolean mayHaveArrived)
      implements Delivery {
    public RetryLater {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(reason, "reason");
    }

    /** Slack answered and did not act on it. */
    public static RetryLater notDelivered(String reason) {
      return new RetryLater(Optional.empty(), reason, false);
    }

    /** This outcome, now in doubt whatever Slack answered. */
    public RetryLater inDoubt() {
      return new RetryLater(retryAfter, reason, true);
    }
  }

  /**
   * Not delivered and never will be (unknown user, archived channel, a draft that cannot be made).
   */
  record Failed(String reason) implements Delivery {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Nothing left to send (every item of a reminder was closed before its turn came). */
  record Skipped(String reason) implements Delivery {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
