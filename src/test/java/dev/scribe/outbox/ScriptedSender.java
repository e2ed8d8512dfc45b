package dev.scribe.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A sender of test notes whose outcomes are scripted: each attempt takes the next one (sent when
 * none is left), each look-up answers {@link #answerLookups}. Records what it was asked.
 */
final class ScriptedSender implements Sender<OutboxContract.Note> {

  private final MessageKind<OutboxContract.Note> kind;
  private final Deque<Object> outcomes = new ArrayDeque<>();
  private final List<OutboxContract.Note> attempts = new ArrayList<>();
  private final List<Long> lookups = new ArrayList<>();
  private Lookup lookup = new Lookup.NotFound();
  private boolean tellsOnGiveUp = true;

  ScriptedSender(MessageKind<OutboxContract.Note> kind) {
    this.kind = kind;
  }

  ScriptedSender then(Delivery outcome) {
    outcomes.add(outcome);
    return this;
  }

  ScriptedSender thenThrow(RuntimeException e) {
    outcomes.add(e);
    return this;
  }

  ScriptedSender answerLookups(Lookup answer) {
    lookup = answer;
    return this;
  }

  ScriptedSender tellingNobody() {
    tellsOnGiveUp = false;
    return this;
  }

  @Override
  public MessageKind<OutboxContract.Note> kind() {
    return kind;
  }

  @Override
  public synchronized Delivery send(Outgoing<OutboxContract.Note> message) {
    attempts.add(message.payload());
    Object next = outcomes.poll();
    if (next instanceof RuntimeException e) {
      throw e;
    }
    return next == null ? new Delivery.Sent("C1/" + attempts.size()) : (Delivery) next;
  }

  @Override
  public synchronized Lookup findDelivered(Outgoing<OutboxContract.Note> message) {
    lookups.add(message.id());
    return lookup;
  }

  @Override
  public Optional<FailureNotice> noticeOnGiveUp(
      Outgoing<OutboxContract.Note> message, String reason) {
    return tellsOnGiveUp
        ? Optional.of(new FailureNotice("C1", "UALICE", "gave up: " + reason))
        : Optional.empty();
  }

  synchronized int attempts() {
    return attempts.size();
  }

  synchronized int lookups() {
    return lookups.size();
  }
}
