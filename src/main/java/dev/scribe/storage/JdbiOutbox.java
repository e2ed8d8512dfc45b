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

  private final Jdbi jdbi;
  private final SqlObjects.Attached<OutboxDao> dao;
  private final PayloadCodec codec;
  private final Runnable afterEnqueue;

  public JdbiOutbox(Jdbi jdbi, PayloadCodec codec, Runnable afterEnqueue) {
    this.jdbi = jdbi;
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

  @Override
  public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
    return dao.get().claim(now, leaseUntil, max);
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
