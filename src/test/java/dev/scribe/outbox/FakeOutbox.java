package dev.scribe.outbox;

import dev.scribe.storage.JsonPayloadCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The outbox in memory, with the same compare-and-set rules as the database; passes the contract.
 * Enqueuing rings {@code afterEnqueue} at once (there are no transactions to wait for).
 */
public final class FakeOutbox implements OutboxStore {

  private final PayloadCodec codec;
  private final Runnable afterEnqueue;
  private final Map<Long, OutboxEntry> entries = new LinkedHashMap<>();
  private long lastId;

  public FakeOutbox(PayloadCodec codec, Runnable afterEnqueue) {
    this.codec = codec;
    this.afterEnqueue = afterEnqueue;
  }

  public FakeOutbox() {
    this(new JsonPayloadCodec(), () -> {});
  }

  @Override
  public boolean enqueue(OutboxMessage<?> message, Instant now) {
    synchronized (this) {
      if (line(message.teamId(), message.kind().name(), message.dedupeKey()).isPresent()) {
        return false;
      }
      long id = ++lastId;
      entries.put(
          id,
          new OutboxEntry(
              id,
              message.teamId(),
              message.kind().name(),
              message.dedupeKey(),
              codec.encode(message.payload()),
              OutboxState.PENDING,
              0,
              false,
              now,
              now,
              now.plus(message.kind().retry().giveUpAfter()),
              null,
              null,
              null,
              null,
              null));
    }
    afterEnqueue.run();
    return true;
  }

  @Override
  public synchronized Set<String> enqueuedKeys(
      String teamId, MessageKind<?> kind, Collection<String> dedupeKeys) {
    return dedupeKeys.stream()
        .filter(k -> line(teamId, kind.name(), k).isPresent())
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized Optional<String> latestSentRef(
      String teamId, MessageKind<?> kind, String keyPrefix) {
    return entries.values().stream()
        .filter(e -> e.teamId().equals(teamId) && e.kind().equals(kind.name()))
        .filter(e -> e.state() == OutboxState.SENT && e.sentRef() != null)
        .filter(e -> e.dedupeKey().startsWith(keyPrefix))
        .max(Comparator.comparing(OutboxEntry::settledAt).thenComparingLong(OutboxEntry::id))
        .map(OutboxEntry::sentRef);
  }

  @Override
  public synchronized List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    List<OutboxEntry> due =
        entries.values().stream()
            .filter(e -> e.isDue(now))
            .sorted(
                Comparator.comparing(
                        (OutboxEntry e) ->
                            e.state() == OutboxState.PENDING ? e.nextAttemptAt() : e.leaseUntil())
                    .thenComparingLong(OutboxEntry::id))
            .limit(max)
            .toList();
    List<OutboxEntry> taken = new ArrayList<>();
    for (OutboxEntry e : due) {
      taken.add(
          put(
              e.id(),
              with(
                  e,
                  OutboxState.SENDING,
                  e.attempts() + 1,
                  e.inDoubt() || e.state() == OutboxState.SENDING,
                  e.nextAttemptAt(),
                  leaseUntil,
                  e.sentRef(),
                  e.lastError(),
                  e.progress(),
                  e.settledAt())));
    }
    return taken;
  }

  @Override
  public synchronized int forgetSettled(
      Instant settledBefore, Collection<MessageKind<?>> kept, int max) {
    Set<String> keptNames = kept.stream().map(MessageKind::name).collect(Collectors.toSet());
    List<Long> old =
        entries.values().stream()
            .filter(e -> e.state() == OutboxState.SENT || e.state() == OutboxState.SKIPPED)
            .filter(e -> e.settledAt().isBefore(settledBefore))
            .filter(e -> !keptNames.contains(e.kind()))
            .limit(max)
            .map(OutboxEntry::id)
            .toList();
    old.forEach(entries::remove);
    return old.size();
  }

  @Override
  public synchronized void markSent(long id, String sentRef, Instant now) {
    OutboxEntry e = entries.get(id);
    put(
        id,
        with(
            e,
            OutboxState.SENT,
            e.attempts(),
            e.inDoubt(),
            e.nextAttemptAt(),
            null,
            sentRef,
            e.lastError(),
            e.progress(),
            now));
  }

  @Override
  public synchronized boolean markRetry(
      long id, int attempt, Instant nextAttemptAt, String reason, boolean mayHaveArrived) {
    return settle(
        id,
        attempt,
        e ->
            with(
                e,
                OutboxState.PENDING,
                e.attempts(),
                e.inDoubt() || mayHaveArrived,
                nextAttemptAt,
                null,
                e.sentRef(),
                reason,
                e.progress(),
                e.settledAt()));
  }

  @Override
  public synchronized boolean markFailed(long id, int attempt, String reason, Instant now) {
    return settle(id, attempt, e -> closed(e, OutboxState.FAILED, reason, now));
  }

  @Override
  public synchronized boolean markSkipped(long id, int attempt, String reason, Instant now) {
    return settle(id, attempt, e -> closed(e, OutboxState.SKIPPED, reason, now));
  }

  @Override
  public synchronized void saveProgress(long id, int attempt, String progress) {
    settle(
        id,
        attempt,
        e ->
            with(
                e,
                e.state(),
                e.attempts(),
                e.inDoubt(),
                e.nextAttemptAt(),
                e.leaseUntil(),
                e.sentRef(),
                e.lastError(),
                progress,
                e.settledAt()));
  }

  @Override
  public synchronized Optional<OutboxEntry> find(
      String teamId, MessageKind<?> kind, String dedupeKey) {
    return line(teamId, kind.name(), dedupeKey);
  }

  @Override
  public synchronized List<DepthCount> depth() {
    List<DepthCount> counts = new ArrayList<>();
    for (OutboxState state :
        List.of(OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED)) {
      entries.values().stream()
          .filter(e -> e.state() == state)
          .collect(Collectors.groupingBy(OutboxEntry::kind, Collectors.counting()))
          .forEach((kind, n) -> counts.add(new DepthCount(kind, state, n)));
    }
    return counts;
  }

  /** Every line, in the order enqueued. */
  public synchronized List<OutboxEntry> all() {
    return List.copyOf(entries.values());
  }

  private Optional<OutboxEntry> line(String teamId, String kind, String dedupeKey) {
    return entries.values().stream()
        .filter(e -> e.teamId().equals(teamId) && e.kind().equals(kind))
        .filter(e -> e.dedupeKey().equals(dedupeKey))
        .findFirst();
  }

  /** Applies the change only while attempt {@code attempt} holds the message. */
  private boolean settle(long id, int attempt, UnaryOperator<OutboxEntry> change) {
    OutboxEntry e = entries.get(id);
    if (e == null || e.state() != OutboxState.SENDING || e.attempts() != attempt) {
      return false;
    }
    put(id, change.apply(e));
    return true;
  }

  private OutboxEntry put(long id, OutboxEntry e) {
    entries.put(id, e);
    return e;
  }

  private static OutboxEntry closed(OutboxEntry e, OutboxState state, String reason, Instant now) {
    return with(
        e,
        state,
        e.attempts(),
        e.inDoubt(),
        e.nextAttemptAt(),
        null,
        e.sentRef(),
        reason,
        e.progress(),
        now);
  }

  private static OutboxEntry with(
      OutboxEntry e,
      OutboxState state,
      int attempts,
      boolean inDoubt,
      Instant nextAttemptAt,
      Instant leaseUntil,
      String sentRef,
      String lastError,
      String progress,
      Instant settledAt) {
    return new OutboxEntry(
        e.id(),
        e.teamId(),
        e.kind(),
        e.dedupeKey(),
        e.payload(),
        state,
        attempts,
        inDoubt,
        e.enqueuedAt(),
        nextAttemptAt,
        e.giveUpAt(),
        leaseUntil,
        sentRef,
        lastError,
        progress,
        settledAt);
  }
}
