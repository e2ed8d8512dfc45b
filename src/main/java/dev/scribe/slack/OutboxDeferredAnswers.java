package dev.scribe.slack;

import dev.scribe.common.DeferredRequest;
import dev.scribe.outbox.Outbox;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Owes a deferred request's answer through the outbox, in the transaction that completes the
 * request: answered once it is done, and only if it was. What the answer says of people is shown by
 * name, never as a live mention, except those it is meant to tell ({@link Reply#mentions()}).
 */
public final class OutboxDeferredAnswers implements DeferredAnswers {

  private final Outbox outbox;
  private final Clock clock;

  public OutboxDeferredAnswers(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void answer(DeferredRequest request, Reply reply, boolean inChannel) {
    if (request.responseUrl() == null || request.responseUrl().isBlank()) {
      return;
    }
    Set<String> mayMention = new HashSet<>(reply.mentions());
    mayMention.add(request.userId());
    Reply inert =
        new Reply(
            InertMrkdwn.of(reply.text(), mayMention),
            reply.blocks(),
            reply.visibility(),
            reply.mentions());
    outbox.enqueue(
        ResponseUrlAnswer.KIND.message(
            request.teamId(),
            "deferred/" + request.id(),
            new ResponseUrlAnswer(request.responseUrl(), ResponseUrlReply.json(inert, inChannel))),
        clock.instant());
  }
}
