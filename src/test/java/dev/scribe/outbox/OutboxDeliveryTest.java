package dev.scribe.outbox;

import static dev.scribe.outbox.OutboxContract.NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.common.Transactor;
import dev.scribe.demo.SettableClock;
import dev.scribe.storage.JsonPayloadCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One message's life in the outbox, on a settable clock: sent, retried after Slack's {@code
 * Retry-After} or the kind's backoff, looked for when in doubt, given up after its attempts or its
 * deadline with the person told once.
 */
class OutboxDeliveryTest {

  // NOTE: 10 s backoff doubling to 5 min, 5 attempts, given up after 1 h.
  private final SettableClock clock = SettableClock.at("2026-11-24T08:00:00Z");
  private final FakeOutbox outbox = new FakeOutbox();
  private final Instant start = clock.instant();

  private OutboxDelivery through(Sender<?>... senders) {
    return new OutboxDelivery(
        outbox, List.of(senders), new JsonPayloadCodec(), Transactor.inline(), clock);
  }

  private OutboxEntry enqueued(String key) {
    outbox.enqueue(NOTE.message("T1", key, new OutboxContract.Note("hi")), clock.instant());
    return line(key);
  }

  private OutboxEntry line(String key) {
    return outbox.find("T1", NOTE, key).orElseThrow();
  }

  private List<OutboxEntry> notices() {
    return outbox.all().stream().filter(e -> e.kind().equals(FailureNotice.KIND.name())).toList();
  }

  @Test
  void aMessageIsSentOnceAndWhereItLandedIsRecorded() {
    ScriptedSender slack = new ScriptedSender(NOTE);
    enqueued("k1");

    assertThat(through(slack).deliverDue().sent()).isEqualTo(1);
    assertThat(through(slack).deliverDue().isEmpty()).isTrue();

    assertThat(slack.attempts()).isEqualTo(1);
    assertThat(line("k1").state()).isEqualTo(OutboxState.SENT);
    assertThat(line("k1").sent()).contains("C1/1");
    assertThat(slack.lookups()).isZero();
  }

  @Test
  void retryAfterIsHonouredToTheSecond() {
    ScriptedSender slack =
        new ScriptedSender(NOTE)
            .then(new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "HTTP 429", false));
    enqueued("k1");

    assertThat(through(slack).deliverDue().retrying()).isEqualTo(1);
    assertThat(line("k1").nextAttemptAt()).isEqualTo(start.plusSeconds(30));
    clock.advance(Duration.ofSeconds(29));
    assertThat(through(slack).deliverDue().isEmpty()).isTrue();
    assertThat(slack.attempts()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(through(slack).deliverDue().sent()).isEqualTo(1);
    assertThat(slack.attempts()).isEqualTo(2);
  }

  @Test
  void withoutRetryAfterTheWaitDoubles() {
    ScriptedSender slack =
        new ScriptedSender(NOTE)
            .then(Delivery.RetryLater.notDelivered("HTTP 500"))
            .then(Delivery.RetryLater.notDelivered("HTTP 500"))
            .then(Delivery.RetryLater.notDelivered("HTTP 503"));
    enqueued("k1");
    OutboxDelivery delivery = through(slack);

    delivery.deliverDue();
    assertThat(line("k1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));
    clock.advance(Duration.ofSeconds(10));
    delivery.deliverDue();
    assertThat(line("k1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    delivery.deliverDue();
    assertThat(line("k1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(40));
    assertThat(line("k1").lastError()).isEqualTo("HTTP 503");
    assertThat(line("k1").inDoubt()).as("Slack answered every time").isFalse();
  }

  @Test
  void anAttemptThatMayHaveArrivedIsLookedForAndNotSentAgainWhenFound() {
    ScriptedSender slack =
        new ScriptedSender(NOTE)
            .then(new Delivery.RetryLater(Optional.empty(), "network: timeout", true))
            .answerLookups(new Lookup.Found("C1/found"));
    enqueued("k1");
    through(slack).deliverDue();
    clock.advance(Duration.ofSeconds(10));

    assertThat(through(slack).deliverDue().recovered()).isEqualTo(1);

    assertThat(slack.attempts()).isEqualTo(1);
    assertThat(slack.lookups()).isEqualTo(1);
    assertThat(line("k1").sent()).contains("C1/found");
  }

  @Test
  void aMessageInDoubtNotFoundIsSentAndOneThatCannotBeLookedUpIsTakenAsDelivered() {
    ScriptedSender lookable =
        new ScriptedSender(NOTE).then(new Delivery.RetryLater(Optional.empty(), "timeout", true));
    MessageKind<OutboxContract.Note> ephemeral =
        new MessageKind<>("ephemeral-note", OutboxContract.Note.class, NOTE.retry());
    ScriptedSender unlookable =
        new ScriptedSender(ephemeral)
            .then(new Delivery.RetryLater(Optional.empty(), "timeout", true))
            .answerLookups(new Lookup.AssumedDelivered("ephemeral"));
    enqueued("k1");
    outbox.enqueue(ephemeral.message("T1", "k2", new OutboxContract.Note("hi")), start);
    OutboxDelivery delivery = through(lookable, unlookable);
    delivery.deliverDue();
    clock.advance(Duration.ofSeconds(10));

    DeliveryReport report = delivery.deliverDue();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(report.recovered()).isEqualTo(1);
    assertThat(lookable.attempts()).isEqualTo(2);
    assertThat(unlookable.attempts()).isEqualTo(1);
    assertThat(outbox.find("T1", ephemeral, "k2").orElseThrow().sent())
        .contains("assumed: ephemeral");
  }

  @Test
  void aLookUpThatFailsIsTriedAgainLaterWithoutSending() {
    ScriptedSender slack =
        new ScriptedSender(NOTE)
            .then(new Delivery.RetryLater(Optional.empty(), "timeout", true))
            .answerLookups(new Lookup.Unavailable(Optional.of(Duration.ofSeconds(60)), "HTTP 429"));
    enqueued("k1");
    through(slack).deliverDue();
    clock.advance(Duration.ofSeconds(10));

    assertThat(through(slack).deliverDue().retrying()).isEqualTo(1);

    assertThat(slack.attempts()).isEqualTo(1);
    assertThat(line("k1").nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
    assertThat(line("k1").lastError()).isEqualTo("looking: HTTP 429");
  }

  @Test
  void aSenderThatThrowsLeavesTheMessageInDoubt() {
    ScriptedSender slack =
        new ScriptedSender(NOTE).thenThrow(new IllegalStateException("bug in the adapter"));
    enqueued("k1");

    assertThat(through(slack).deliverDue().retrying()).isEqualTo(1);

    assertThat(line("k1").inDoubt()).isTrue();
    assertThat(line("k1").lastError()).contains("bug in the adapter");
  }

  @Test
  void aRefusalForGoodIsGivenUpAtOnceAndThePersonToldOnce() {
    ScriptedSender slack = new ScriptedSender(NOTE).then(new Delivery.Failed("channel_not_found"));
    OutboxEntry entry = enqueued("k1");

    assertThat(through(slack).deliverDue().failed()).isEqualTo(1);

    assertThat(line("k1").state()).isEqualTo(OutboxState.FAILED);
    assertThat(line("k1").lastError()).isEqualTo("channel_not_found");
    assertThat(notices())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.dedupeKey()).isEqualTo("given-up/" + entry.id());
              assertThat(n.payload()).contains("gave up: channel_not_found");
            });
  }

  @Test
  void aMessageIsGivenUpAfterItsLastAttempt() {
    ScriptedSender slack = new ScriptedSender(NOTE);
    for (int i = 0; i < NOTE.retry().maxAttempts(); i++) {
      slack.then(Delivery.RetryLater.notDelivered("HTTP 503"));
    }
    enqueued("k1");
    for (int i = 0; i < NOTE.retry().maxAttempts(); i++) {
      through(slack).deliverDue();
      clock.advance(Duration.ofMinutes(5));
    }

    assertThat(slack.attempts()).isEqualTo(5);
    assertThat(line("k1").state()).isEqualTo(OutboxState.FAILED);
    assertThat(line("k1").lastError()).contains("5 attempts").contains("HTTP 503");
    assertThat(notices()).hasSize(1);
  }

  @Test
  void aMessageDueSinceBeforeItsDeadlineIsGivenUpWithoutBeingSent() {
    ScriptedSender slack =
        new ScriptedSender(NOTE).then(Delivery.RetryLater.notDelivered("HTTP 500"));
    enqueued("k1");
    through(slack).deliverDue();
    clock.advance(Duration.ofHours(2)); // Scribe was down, say

    assertThat(through(slack).deliverDue().failed()).isEqualTo(1);

    assertThat(slack.attempts()).isEqualTo(1);
    assertThat(line("k1").lastError()).contains("1 h").contains("HTTP 500");
    assertThat(notices()).hasSize(1);
  }

  @Test
  void aRetryThatWouldComeAfterTheDeadlineIsAGiveUp() {
    ScriptedSender slack =
        new ScriptedSender(NOTE)
            .then(new Delivery.RetryLater(Optional.of(Duration.ofHours(2)), "HTTP 429", false));
    enqueued("k1");

    assertThat(through(slack).deliverDue().failed()).isEqualTo(1);
  }

  @Test
  void anOvertakenAttemptGivesNothingUpAndTellsNobody() {
    ScriptedSender slack = new ScriptedSender(NOTE).then(new Delivery.Failed("not_in_channel"));
    enqueued("k1");
    OutboxDelivery first = through(slack);
    OutboxEntry claimed = first.claim(1).get(0);
    clock.advance(OutboxDelivery.LEASE); // the first sender stalls; another takes over
    OutboxEntry takenOver = through(slack).claim(1).get(0);
    assertThat(takenOver.attempts()).isEqualTo(2);

    assertThat(first.deliver(claimed).isEmpty()).isTrue();

    assertThat(line("k1").state()).isEqualTo(OutboxState.SENDING);
    assertThat(notices()).isEmpty();
  }

  @Test
  void aNoticeThatCannotBeDeliveredIsNotItselfNoticed() {
    ScriptedSender slack = new ScriptedSender(NOTE).then(new Delivery.Failed("channel_not_found"));
    Sender<FailureNotice> notices =
        new Sender<>() {
          @Override
          public MessageKind<FailureNotice> kind() {
            return FailureNotice.KIND;
          }

          @Override
          public Delivery send(Outgoing<FailureNotice> message) {
            return new Delivery.Failed("user_not_found");
          }

          @Override
          public Lookup findDelivered(Outgoing<FailureNotice> message) {
            return new Lookup.AssumedDelivered("at most once");
          }
        };
    enqueued("k1");

    DeliveryReport report = through(slack, notices).deliverDue();

    assertThat(report.failed()).isEqualTo(2);
    assertThat(notices())
        .singleElement()
        .satisfies(n -> assertThat(n.state()).isEqualTo(OutboxState.FAILED));
    assertThat(outbox.all()).hasSize(2);
  }

  @Test
  void aKindThisProcessCannotSendWaitsForOneThatCan() {
    enqueued("k1");

    assertThat(through().deliverDue().retrying()).isEqualTo(1);

    assertThat(line("k1").state()).isEqualTo(OutboxState.PENDING);
    assertThat(line("k1").lastError()).contains("no sender for kind note");
    assertThat(line("k1").nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
  }

  @Test
  void aSkippedMessageIsSettledWithoutANotice() {
    ScriptedSender slack = new ScriptedSender(NOTE).then(new Delivery.Skipped("nothing left"));
    enqueued("k1");

    assertThat(through(slack).deliverDue().skipped()).isEqualTo(1);
    assertThat(line("k1").state()).isEqualTo(OutboxState.SKIPPED);
    assertThat(notices()).isEmpty();
  }
}
