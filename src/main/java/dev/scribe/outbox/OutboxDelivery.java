package dev.scribe.outbox;

import dev.scribe.common.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers claimed messages, each through its kind's {@link Sender}, and records what happened:
 * sent; tried again later, after Slack's {@code Retry-After} or the kind's backoff; or given up
 * (refused for good, too many attempts, or past the kind's deadline), in which case whoever was
 * owed the message is told, once, by a {@link FailureNotice} enqueued in the same transaction. A
 * message in doubt (an earlier attempt may have reached Slack) is looked for before it is sent
 * again.
 */
public final class OutboxDelivery {

  /**
   * Much longer than one attempt may take (every Slack call times out well before): a sender silent
   * this long is presumed dead, and its message is taken over, in doubt.
   */
  public static final Duration LEASE = Duration.ofMinutes(5);

  /** Even when Slack says "retry after 0 s", wait a moment. */
  private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);

  /** A kind this process has no sender for (a newer replica's) waits for a process that has. */
  private static final Duration UNKNOWN_KIND_WAIT = Duration.ofMinutes(1);

  private static final int BATCH = 50;

  private final OutboxStore store;
  private final Map<String, Sender<?>> senders;
  private final PayloadCodec codec;
  private final Transactor transactor;
  private final Clock clock;

  public OutboxDelivery(
      OutboxStore store,
      Collection<? extends Sender<?>> senders,
      PayloadCodec codec,
      Transactor transactor,
      Clock clock) {
    this.store = store;
    this.senders =
        senders.stream()
            .collect(Collectors.toUnmodifiableMap(s -> s.kind().name(), Function.identity()));
    this.codec = codec;
    this.transactor = transactor;
    this.clock = clock;
  }

  /** Claims up to {@code max} messages due now, each for one attempt under a lease. */
  public List<OutboxEntry> claim(int max) {
    Instant now = clock.instant();
    return store.claimDue(now, now.plus(LEASE), max);
  }

  /**
   * Delivers every message due now, one after the other (for {@code scribe remind} and tests). A
   * message put back for a later retry is not tried again in the same call.
   */
  public DeliveryReport deliverDue() {
    Instant start = clock.instant();
    DeliveryReport report = DeliveryReport.empty();
    List<OutboxEntry> claimed;
    do {
      claimed = store.claimDue(start, clock.instant().plus(LEASE), BATCH);
      for (OutboxEntry entry : claimed) {
        report = report.plus(deliver(entry));
      }
    } while (!claimed.isEmpty());
    return report;
  }

  /** One attempt at a claimed message, and its outcome recorded. */
  public DeliveryReport deliver(OutboxEntry claimed) {
    Sender<?> sender = senders.get(claimed.kind());
    if (sender == null) {
      return waitForAKnowingProcess(claimed);
    }
    return attempt(sender, claimed).run();
  }

  private <P extends Record> Attempt<P> attempt(Sender<P> sender, OutboxEntry claimed) {
    return new Attempt<>(sender, claimed);
  }

  private DeliveryReport waitForAKnowingProcess(OutboxEntry claimed) {
    Instant now = clock.instant();
    String reason = "no sender for kind " + claimed.kind() + " in this process";
    if (!now.plus(UNKNOWN_KIND_WAIT).isBefore(claimed.giveUpAt())) {
      return store.markFailed(claimed.id(), claimed.attempts(), reason, now)
          ? DeliveryReport.ofFailed()
          : DeliveryReport.empty();
    }
    store.markRetry(
        claimed.id(), claimed.attempts(), now.plus(UNKNOWN_KIND_WAIT), reason, claimed.inDoubt());
    return DeliveryReport.ofRetrying();
  }

  /** One attempt: the sender, the claimed line, and the payload read from it. */
  private final class Attempt<P extends Record> {
    private final Sender<P> sender;
    private final OutboxEntry claimed;
    private final RetryPolicy policy;

    Attempt(Sender<P> sender, OutboxEntry claimed) {
      this.sender = sender;
      this.claimed = claimed;
      this.policy = sender.kind().retry();
    }

    DeliveryReport run() {
      P payload;
      try {
        payload = codec.decode(claimed.payload(), sender.kind().payloadType());
      } catch (IllegalArgumentException e) {
        return giveUp(Optional.empty(), "unreadable payload: " + e.getMessage());
      }
      Outgoing<P> out =
          new Outgoing<>(
              claimed, payload, p -> store.saveProgress(claimed.id(), claimed.attempts(), p));
      if (claimed.inDoubt()) {
        Lookup lookup = look(out);
        if (lookup instanceof Lookup.Found found) {
          store.markSent(claimed.id(), found.ref(), clock.instant());
          return DeliveryReport.ofRecovered();
        }
        if (lookup instanceof Lookup.AssumedDelivered assumed) {
          store.markSent(claimed.id(), "assumed: " + assumed.why(), clock.instant());
          return DeliveryReport.ofRecovered();
        }
        if (lookup instanceof Lookup.Unavailable unavailable) {
          return retry(out, unavailable.retryAfter(), "looking: " + unavailable.reason(), true);
        }
      }
      if (!clock.instant().isBefore(claimed.giveUpAt())) {
        return giveUp(Optional.of(out), tooLate(claimed.lastError()));
      }
      return record(out, send(out));
    }

    /** An unexpected exception from the sender is a failed attempt whose outcome is unknown. */
    private Delivery send(Outgoing<P> out) {
      try {
        return sender.send(out);
      } catch (RuntimeException e) {
        return new Delivery.RetryLater(Optional.empty(), describe(e), true);
      }
    }

    private Lookup look(Outgoing<P> out) {
      try {
        return sender.findDelivered(out);
      } catch (RuntimeException e) {
        return new Lookup.Unavailable(Optional.empty(), describe(e));
      }
    }

    private DeliveryReport record(Outgoing<P> out, Delivery delivery) {
      if (delivery instanceof Delivery.Sent sent) {
        store.markSent(claimed.id(), sent.ref(), clock.instant());
        return DeliveryReport.ofSent();
      }
      if (delivery instanceof Delivery.RetryLater later) {
        return retry(out, later.retryAfter(), later.reason(), later.mayHaveArrived());
      }
      if (delivery instanceof Delivery.Skipped skipped) {
        return store.markSkipped(
                claimed.id(), claimed.attempts(), skipped.reason(), clock.instant())
            ? DeliveryReport.ofSkipped()
            : DeliveryReport.empty();
      }
      return giveUp(Optional.of(out), ((Delivery.Failed) delivery).reason());
    }

    private DeliveryReport retry(
        Outgoing<P> out, Optional<Duration> after, String reason, boolean mayHaveArrived) {
      int attempt = claimed.attempts();
      if (attempt >= policy.maxAttempts()) {
        return giveUp(
            Optional.of(out),
            "not delivered in " + attempt + " attempts (last error: " + reason + ")");
      }
      Duration wait = after.orElseGet(() -> policy.backoff(attempt));
      Instant next = clock.instant().plus(wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait);
      if (next.isAfter(claimed.giveUpAt())) {
        return giveUp(Optional.of(out), tooLate(reason));
      }
      return store.markRetry(claimed.id(), attempt, next, reason, mayHaveArrived)
          ? DeliveryReport.ofRetrying()
          : DeliveryReport.empty();
    }

    /**
     * Marks the message failed and, in the same transaction, enqueues the notice its sender asks
     * for, once: the notice's key is the message's id. Nothing happens if this attempt was
     * overtaken.
     */
    private DeliveryReport giveUp(Optional<Outgoing<P>> out, String reason) {
      Optional<FailureNotice> notice = out.flatMap(o -> notice(o, reason));
      Instant now = clock.instant();
      boolean held =
          transactor.inTransaction(
              () -> {
                boolean mine = store.markFailed(claimed.id(), claimed.attempts(), reason, now);
                if (mine) {
                  notice.ifPresent(
                      n ->
                          store.enqueue(
                              FailureNotice.KIND.message(
                                  claimed.teamId(), "given-up/" + claimed.id(), n),
                              now));
                }
                return mine;
              });
      return held ? DeliveryReport.ofFailed() : DeliveryReport.empty();
    }

    private Optional<FailureNotice> notice(Outgoing<P> out, String reason) {
      try {
        return sender.noticeOnGiveUp(out, reason);
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    private String tooLate(String lastReason) {
      return "not delivered within "
          + hours(policy.giveUpAfter())
          + (lastReason == null ? "" : " (last error: " + lastReason + ")");
    }
  }

  /** "24 h", "1 h", "30 min". */
  static String hours(Duration d) {
    return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
