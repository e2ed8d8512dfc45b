package dev.scribe.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scribe.common.Transactor;
import dev.scribe.demo.SettableClock;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.FakeOutbox;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.OutboxContract;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.outbox.OutboxState;
import dev.scribe.outbox.Outgoing;
import dev.scribe.outbox.Sender;
import dev.scribe.storage.JsonPayloadCodec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

  private final SettableClock clock = SettableClock.at("2026-11-24T08:00:00Z");
  private final Doorbell doorbell = new Doorbell();
  private OutboxDispatcher dispatcher;

  /** Counts sends, and how many run at once; holds each until {@code release} opens. */
  private static final class Gate implements Sender<OutboxContract.Note> {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final CountDownLatch release;

    Gate(CountDownLatch release) {
      this.release = release;
    }

    @Override
    public MessageKind<OutboxContract.Note> kind() {
      return OutboxContract.NOTE;
    }

    @Override
    public Delivery send(Outgoing<OutboxContract.Note> message) {
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      sent.incrementAndGet();
      return new Delivery.Sent("C1/" + message.id());
    }

    @Override
    public Lookup findDelivered(Outgoing<OutboxContract.Note> message) {
      return new Lookup.NotFound();
    }
  }

  private OutboxDispatcher start(FakeOutbox outbox, Sender<?> sender, int workers, Duration poll) {
    dispatcher =
        new OutboxDispatcher(
            new OutboxDelivery(
                outbox, List.of(sender), new JsonPayloadCodec(), Transactor.inline(), clock),
            doorbell,
            workers,
            poll);
    dispatcher.start();
    return dispatcher;
  }

  private static void enqueue(FakeOutbox outbox, String key, SettableClock clock) {
    outbox.enqueue(
        OutboxContract.NOTE.message("T1", key, new OutboxContract.Note(key)), clock.instant());
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  @Test
  void aCommitThatEnqueuedWakesItWithoutWaitingForThePoll() {
    FakeOutbox outbox = new FakeOutbox(new JsonPayloadCodec(), doorbell::ring);
    Gate slack = new Gate(new CountDownLatch(0));
    start(outbox, slack, 2, Duration.ofHours(1));

    enqueue(outbox, "k1", clock);

    await().atMost(Duration.ofSeconds(5)).until(() -> slack.sent.get() == 1);
    assertThat(outbox.all())
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.SENT));
  }

  @Test
  void itAlsoPollsForMessagesNobodyRangFor() {
    FakeOutbox outbox = new FakeOutbox(new JsonPayloadCodec(), () -> {});
    Gate slack = new Gate(new CountDownLatch(0));
    enqueue(outbox, "before-a-restart", clock);
    start(outbox, slack, 2, Duration.ofMillis(50));

    enqueue(outbox, "from-another-replica", clock);

    await().atMost(Duration.ofSeconds(5)).until(() -> slack.sent.get() == 2);
  }

  @Test
  void neverMoreMessagesInFlightThanWorkersAndNoneLeftBehind() throws Exception {
    FakeOutbox outbox = new FakeOutbox(new JsonPayloadCodec(), doorbell::ring);
    CountDownLatch release = new CountDownLatch(1);
    Gate slack = new Gate(release);
    start(outbox, slack, 3, Duration.ofMillis(50));
    for (int i = 0; i < 10; i++) {
      enqueue(outbox, "k" + i, clock);
    }

    await().atMost(Duration.ofSeconds(5)).until(() -> slack.inFlight.get() == 3);
    assertThat(outbox.all().stream().filter(e -> e.state() == OutboxState.SENDING))
        .as("nothing claimed that no worker is sending")
        .hasSize(3);
    release.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> slack.sent.get() == 10);
    assertThat(slack.mostInFlight).hasValue(3);
  }

  @Test
  void closingLetsTheSendsInFlightFinish() {
    FakeOutbox outbox = new FakeOutbox(new JsonPayloadCodec(), doorbell::ring);
    CountDownLatch release = new CountDownLatch(1);
    Gate slack = new Gate(release);
    start(outbox, slack, 2, Duration.ofMillis(50));
    enqueue(outbox, "k1", clock);
    await().atMost(Duration.ofSeconds(5)).until(() -> slack.inFlight.get() == 1);

    new Thread(release::countDown).start();
    dispatcher.close();

    assertThat(slack.sent).hasValue(1);
    assertThat(outbox.all())
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(OutboxState.SENT));
  }
}
