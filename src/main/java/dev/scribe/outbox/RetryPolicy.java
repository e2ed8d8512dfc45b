package dev.scribe.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one kind of message is tried before it is given up.
 *
 * @param firstBackoff the wait after the first failed attempt; it doubles after each one
 * @param longestBackoff the longest wait between two attempts
 * @param maxAttempts attempts after which the message is given up
 * @param giveUpAfter how long after it was enqueued the message is given up at the latest
 */
public record RetryPolicy(
    Duration firstBackoff, Duration longestBackoff, int maxAttempts, Duration giveUpAfter) {

  public RetryPolicy {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(longestBackoff, "longestBackoff");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    if (firstBackoff.isNegative() || firstBackoff.isZero()) {
      throw new IllegalArgumentException("the first backoff must be positive");
    }
    if (longestBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("the longest backoff must not be shorter than the first");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("a message needs at least one attempt");
    }
    if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
      throw new IllegalArgumentException("the give-up time must be positive");
    }
  }

  /** The wait after failed attempt {@code attempt} (1 for the first): first, 2×, 4× … longest. */
  public Duration backoff(int attempt) {
    Duration wait = firstBackoff.multipliedBy(1L << Math.min(Math.max(attempt, 1) - 1, 20));
    return wait.compareTo(longestBackoff) > 0 ? longestBackoff : wait;
  }
}
