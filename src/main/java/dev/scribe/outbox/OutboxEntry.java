package dev.scribe.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message's line in the outbox.
 *
 * @param id its number in the store
 * @param teamId the Slack workspace it is for
 * @param kind its kind's name
 * @param dedupeKey what identifies it among its kind in the workspace
 * @param payload the payload as the {@link PayloadCodec} wrote it
 * @param state where it stands
 * @param attempts how many attempts were begun (a claimed message counts its current one)
 * @param inDoubt whether an earlier attempt may have reached Slack (it timed out, or its sender
 *     died): the sender looks before sending again
 * @param enqueuedAt when it was enqueued; no earlier message in Slack can be it
 * @param nextAttemptAt when a pending message may be tried (again)
 * @param giveUpAt when it is given up if still not delivered
 * @param leaseUntil while sending, when the sender is presumed dead; null otherwise
 * @param sentRef where the delivered message is ({@code channel/ts}, a file or canvas id), or null
 * @param lastError why the last attempt failed, or null
 * @param progress what a sender noted during an attempt to pick up from (such as the ids of files
 *     already uploaded), or null
 * @param settledAt when it was sent, given up or skipped; null until then
 */
public record OutboxEntry(
    long id,
    String teamId,
    String kind,
    String dedupeKey,
    String payload,
    OutboxState state,
    int attempts,
    boolean inDoubt,
    Instant enqueuedAt,
    Instant nextAttemptAt,
    Instant giveUpAt,
    Instant leaseUntil,
    String sentRef,
    String lastError,
    String progress,
    Instant settledAt) {

  public OutboxEntry {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dedupeKey, "dedupeKey");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(giveUpAt, "giveUpAt");
  }

  /** Whether {@link OutboxStore#claimDue} would hand this message out at {@code now}. */
  public boolean isDue(Instant now) {
    return state == OutboxState.PENDING && !nextAttemptAt.isAfter(now)
        || state == OutboxState.SENDING && leaseUntil != null && !leaseUntil.isAfter(now);
  }

  public Optional<String> sent() {
    return Optional.ofNullable(sentRef);
  }
}
