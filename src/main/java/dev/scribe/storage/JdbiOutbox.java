package dev.scribe.storage;

import dev.scribe.outbox.DepthCount;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxMessage;
import dev.scribe.outbox.OutboxState;
import dev.scribe.outbox.OutboxStore;
import dev.scribe.outbox.PayloadCodec;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox in the database. The unique key (workspace, kind, dedupe key) makes enqueuing
 * idempotent; a conditional UPDATE makes each claim exclusive, so several replicas can deliver from
 * one table. Enqueuing joins the transaction open on the calling thread, and rings {@code
 * afterEnqueue} once that transaction commits (at once outside a transaction), so that the
 * deliverer wakes for a message only when it can see it.
 */
public final class JdbiOutbox implements OutboxStore {

  /** Keys read per query: well under every database's limit on bound values. */
  private static final int CHUNK = 400;

  /** Whether {@link OutboxDao#due} would find anything, on the same two partial indexes. */
  private static final String ANY_DUE =
      """
      SELECT 1 WHERE EXISTS (SELECT 1 FROM outbox WHERE state = 'PENDING' AND next_attempt_at <= ?)
                  OR EXISTS (SELECT 1 FROM outbox WHERE state = 'SENDING' AND lease_until <= ?)
      """;

  private final Jdbi jdbi;
  private final Jdbc jdbc;
  private final SqlObjects.Attached<OutboxDao> dao;
  private final PayloadCodec codec;
  private final Runnable afterEnqueue;

  public JdbiOutbox(Jdbi jdbi, PayloadCodec codec, Runnable afterEnqueue) {
    this.jdbi = jdbi;
    this.jdbc = new Jdbc(jdbi);
    this.dao = SqlObjects.attachedOnFirstUse(jdbi, OutboxDao.class);
    this.codec = codec;
    this.afterEnqueue = afterEnqueue;
  }

  @Override
  public boolean enqueue(OutboxMessage<?> message, Instant now) {
    boolean added =
        dao.get()
                .insert(
                    message.teamId(),
                    message.kind().name(),
                    message.dedupeKey(),
                    codec.encode(message.payload()),
                    now,
                    now.plus(message.kind().retry().giveUpAfter()))
            == 1;
    if (added) {
      AfterCommit.run(jdbi, afterEnqueue);
    }
    return added;
  }

  @Override
  public Set<String> enqueuedKeys(
      String teamId, MessageKind<?> kind, Collection<String> dedupeKeys) {
    Set<String> found = new HashSet<>();
    List<String> all = List.copyOf(new HashSet<>(dedupeKeys));
    for (int from = 0; from < all.size(); from += CHUNK) {
      found.addAll(
          dao.get()
              .existing(
                  teamId, kind.name(), all.subList(from, Math.min(all.size(), from + CHUNK))));
    }
    return found;
  }

  @Override
  public Optional<String> latestSentRef(String teamId, MessageKind<?> kind, String keyPrefix) {
    return dao.get().latestSentRef(teamId, kind.name(), keyPrefix, keyPrefix.length());
  }

  /**
   * Most claims find nothing due: the deliverer polls, and every start claims what a previous run
   * left. One plain read says so without a transaction or Jdbi's statement machinery, whose first
   * use (the DAO's handlers, the SQL parser, and registering Jdbi's flight-recorder event: 130–160
   * ms of CPU alone) ran beside every start (BENCHMARKS.md). What it finds is claimed, and checked
   * again, in the claim's own transaction.
   */
  @Override
  public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    if (jdbc.first(ANY_DUE, p -> p.instant(now).instant(now), row -> true).isEmpty()) {
      return List.of();
    }
    return dao.get().claim(now, leaseUntil, max);
  }

  @Override
  public int forgetSettled(Instant settledBefore, Collection<MessageKind<?>> kept, int max) {
    // A kind's name is never empty, so an empty list still makes valid SQL.
    List<String> keptNames =
        kept.isEmpty() ? List.of("") : kept.stream().map(MessageKind::name).toList();
    return dao.get().forgetSettled(settledBefore, keptNames, max);
  }

  @Override
  public void markSent(long id, String sentRef, Instant now) {
    dao.get().sent(id, sentRef, now);
  }

  @Override
  public boolean markRetry(
      long id, int attempt, Instant nextAttemptAt, String reason, boolean mayHaveArrived) {
    return dao.get().retry(id, attempt, nextAttemptAt, reason, mayHaveArrived ? 1 : 0) == 1;
  }

  @Override
  public boolean markFailed(long id, int attempt, String reason, Instant now) {
    return dao.get().settle(id, attempt, OutboxState.FAILED, reason, now) == 1;
  }

  @Override
  public boolean markSkipped(long id, int attempt, String reason, Instant now) {
    return dao.get().settle(id, attempt, OutboxState.SKIPPED, reason, now) == 1;
  }

  @Override
  public void saveProgress(long id, int attempt, String progress) {
    dao.get().progress(id, attempt, progress);
  }

  @Override
  public Optional<OutboxEntry> find(String teamId, MessageKind<?> kind, String dedupeKey) {
    return dao.get().find(teamId, kind.name(), dedupeKey);
  }

  @Override
  public List<DepthCount> depth() {
    return dao.get().depth();
  }
}
