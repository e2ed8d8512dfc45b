package dev.scribe.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The clock every service reads: the injected one, except while a request taken earlier is
 * completed on the calling thread. Then "now" is the moment Slack delivered it, so a command that
 * waited for a fact (the user's zone, say) means what it meant when it was typed: {@code -15m},
 * "14:03 is today unless later than now", the recorded-at time and the retype window all count from
 * the receipt, not from the moment Slack answered.
 */
public final class CommandClock extends Clock {

  private final Clock base;
  private final ThreadLocal<Instant> pinned;

  public CommandClock(Clock base) {
    this(base, new ThreadLocal<>());
  }

  private CommandClock(Clock base, ThreadLocal<Instant> pinned) {
    this.base = Objects.requireNonNull(base, "base");
    this.pinned = pinned;
  }

  /** Runs {@code work} with "now" fixed at {@code receivedAt} on this thread. */
  public <T> T at(Instant receivedAt, Supplier<T> work) {
    Instant before = pinned.get();
    pinned.set(Objects.requireNonNull(receivedAt, "receivedAt"));
    try {
      return work.get();
    } finally {
      if (before == null) {
        pinned.remove();
      } else {
        pinned.set(before);
      }
    }
  }

  @Override
  public Instant instant() {
    Instant at = pinned.get();
    return at != null ? at : base.instant();
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** The same clock in another zone; a pinned "now" holds there too. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new CommandClock(base.withZone(zone), pinned);
  }
}
