package dev.scribe.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Forgets messages delivered (or skipped) long ago, so that the outbox does not grow for as long as
 * Scribe runs. A delivered message's line serves to store a second enqueue of the same key as
 * nothing; every key Scribe uses names something that happens once (an event's confirmation, a
 * request's answer, a reminder of one day, a given-up message's notice), so after {@link #KEPT_FOR}
 * none can come again. Kinds whose delivery is looked up later (the channel canvas: where it is)
 * are kept. Waiting, in-flight and given-up messages are never forgotten.
 */
public final class OutboxRetention {

  /** How long a delivered message is remembered. */
  public static final Duration KEPT_FOR = Duration.ofDays(90);

  /** Deleted per statement: short write transactions beside the request path's. */
  static final int BATCH = 500;

  private final OutboxStore store;
  private final List<MessageKind<?>> kept;
  private final Clock clock;

  public OutboxRetention(OutboxStore store, List<MessageKind<?>> kept, Clock clock) {
    this.store = store;
    this.kept = List.copyOf(kept);
    this.clock = clock;
  }

  /** Forgets every message settled more than {@link #KEPT_FOR} ago; returns how many. */
  public int forgetOld() {
    var before = clock.instant().minus(KEPT_FOR);
    int forgotten = 0;
    int batch;
    do {
      batch = store.forgetSettled(before, kept, BATCH);
      forgotten += batch;
    } while (batch == BATCH);
    return forgotten;
  }
}
