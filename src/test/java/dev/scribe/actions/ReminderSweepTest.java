package dev.scribe.actions;

import static dev.scribe.actions.TestData.TEAM;
import static dev.scribe.actions.TestData.draft;
import static dev.scribe.actions.TestData.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.Transactor;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.DeliveryReport;
import dev.scribe.outbox.FakeOutbox;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxState;
import dev.scribe.storage.JsonPayloadCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep plans and enqueues; the outbox delivers, through the reminder sender. Together they
 * keep the reminder guarantees: one message per recipient, kind and local day, a sender that died
 * is taken over after its lease and looks before sending again, and Slack's failures are retried
 * with backoff.
 */
class ReminderSweepTest {

  // Tuesday 2026-11-24, 09:05 in Paris.
  private final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  private final FakeActionItemRepository items = new FakeActionItemRepository();
  private final FakeOutbox outbox = new FakeOutbox();
  private final FakeReminderNotifier slack = new FakeReminderNotifier();
  private final FakeUserDirectory users =
      new FakeUserDirectory().with("UALICE", "Europe/Paris").with("UBOSS", "Europe/Paris");
  private final ActionItemService service =
      new ActionItemService(items, Transactor.inline(), clock);
  private Incident incident;

  @BeforeEach
  void anIncident() {
    incident = items.addIncident(incident(1, "UBOSS"));
  }

  private ReminderSweep sweep() {
    return sweep(ReminderSettings.defaults());
  }

  private ReminderSweep sweep(ReminderSettings settings) {
    return new ReminderSweep(items, outbox, Transactor.inline(), users, settings, clock);
  }

  /** A deliverer, as each process or replica has its own. */
  private OutboxDelivery deliverer() {
    return new OutboxDelivery(
        outbox,
        List.of(new ReminderSender(items, slack, clock)),
        new JsonPayloadCodec(),
        Transactor.inline(),
        clock);
  }

  private DeliveryReport deliver() {
    return deliverer().deliverDue();
  }

  private ActionItem owned(String owner, String due) {
    return items.add(TEAM, draft(incident.id(), "Fix it", owner, LocalDate.parse(due)));
  }

  private OutboxEntry theReminder() {
    return outbox.all().stream().filter(e -> e.kind().equals("reminder")).findFirst().orElseThrow();
  }

  @Test
  void remindsEachOwnerOnceADayWithAllTheirOverdueItems() {
    owned("UALICE", "2026-11-23");
    owned("UALICE", "2026-11-20");
    owned("UALICE", "2026-11-24"); // due today: not overdue
    SweepReport first = sweep().run();
    DeliveryReport sent = deliver();
    clock.advance(Duration.ofMinutes(15));
    SweepReport second = sweep().run();

    assertThat(first.enqueued()).isEqualTo(1);
    assertThat(sent.sent()).isEqualTo(1);
    assertThat(second.enqueued()).isZero();
    assertThat(second.skipped()).isEqualTo(1);
    assertThat(deliver().sent()).isZero();
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.items()).extracting(a -> a.item().number()).containsExactly(2, 1));

    clock.advance(Duration.ofDays(1));
    sweep().run();
    deliver();
    assertThat(slack.deliveredTo("UALICE")).hasSize(2);
  }

  @Test
  void waitsForTheRecipientsWorkingHours() {
    users.with("UALICE", "America/Los_Angeles"); // 00:05 there
    owned("UALICE", "2026-11-20");
    assertThat(sweep().run().enqueued()).isZero();
    clock.set(Instant.parse("2026-11-24T17:00:00Z")); // 09:00 in Los Angeles
    assertThat(sweep().run().enqueued()).isEqualTo(1);
    assertThat(deliver().sent()).isEqualTo(1);
  }

  @Test
  void doneAndDroppedItemsAreNotReminded() {
    ActionItem a = owned("UALICE", "2026-11-20");
    ActionItem b = owned("UALICE", "2026-11-21");
    service.done(incident, a.number());
    service.drop(incident, b.number());
    assertThat(sweep().run().enqueued()).isZero();
    deliver();
    assertThat(slack.delivered()).isEmpty();
  }

  @Test
  void aReminderThatHadToWaitLeavesOutItemsClosedMeanwhileAndIsSkippedWithNoneLeft() {
    ActionItem a = owned("UALICE", "2026-11-20");
    owned("UALICE", "2026-11-21");
    ActionItem c = owned("UBOSS", "2026-11-20");
    sweep().run();
    service.done(incident, a.number());
    service.done(incident, c.number());
    clock.advance(Duration.ofMinutes(10)); // Scribe was restarting, say

    DeliveryReport report = deliver();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.items()).extracting(x -> x.item().number()).containsExactly(2));
    assertThat(slack.deliveredTo("UBOSS")).isEmpty();
  }

  @Test
  void aReminderSentAtOnceSaysWhatTheSweepPlannedWithoutReadingItAgain() {
    ActionItem a = owned("UALICE", "2026-11-20");
    sweep().run();
    // Closed in the same instant: the plan is sent as it is (the item's buttons say it is done).
    service.done(incident, a.number());

    assertThat(deliver().sent()).isEqualTo(1);
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.items()).extracting(x -> x.item().id()).containsExactly(a.id()));
  }

  @Test
  void snoozeSilencesAnItemForAWeek() {
    ActionItem a = owned("UALICE", "2026-11-20");
    service.snoozeById(TEAM, a.id(), ZoneId.of("Europe/Paris"));
    assertThat(sweep().run().enqueued()).isZero();
    clock.advance(Duration.ofDays(6));
    assertThat(sweep().run().enqueued()).isZero(); // Monday 30th: still snoozed
    clock.advance(Duration.ofDays(1));
    sweep().run(); // Tuesday 1st: snooze over
    deliver();
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(m -> assertThat(m.key().period()).isEqualTo(LocalDate.parse("2026-12-01")));
  }

  @Test
  void remindersGoOnAfterTheIncidentIsClosed() {
    Incident closed = items.addIncident(incident(2, TEAM, "UBOSS", IncidentStatus.RESOLVED));
    items.add(TEAM, draft(closed.id(), "Write runbook", "UALICE", LocalDate.parse("2026-11-20")));
    assertThat(sweep().run().enqueued()).isEqualTo(1);
    assertThat(deliver().sent()).isEqualTo(1);
  }

  @Test
  void unownedItemsGoToTheIncidentOwnerAndLongOverdueOnesEscalate() {
    owned(null, "2026-11-23");
    owned("UALICE", "2026-11-10");
    sweep().run();
    deliver();
    assertThat(slack.deliveredTo("UBOSS"))
        .extracting(ReminderMessage::kind)
        .containsExactlyInAnyOrder(ReminderKind.REMINDER, ReminderKind.ESCALATION);
    assertThat(slack.deliveredTo("UALICE"))
        .extracting(ReminderMessage::kind)
        .containsExactly(ReminderKind.REMINDER);
  }

  @Test
  void aSenderThatDiedAfterSendingIsNotRepeated() {
    owned("UALICE", "2026-11-20");
    sweep().run();
    slack.dieAfterNextSend();
    assertThatThrownBy(this::deliver).isInstanceOf(FakeReminderNotifier.Died.class);
    assertThat(slack.delivered()).hasSize(1);

    // A restarted process, before and after the dead sender's lease runs out.
    sweep().run();
    assertThat(deliver().recovered()).isZero();
    clock.advance(OutboxDelivery.LEASE);
    DeliveryReport recovered = deliver();

    assertThat(recovered.recovered()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
    assertThat(slack.lookups()).isEqualTo(1);
    assertThat(theReminder().state()).isEqualTo(OutboxState.SENT);
  }

  @Test
  void aSenderThatDiedBeforeSendingIsReplacedBySomeoneWhoSends() {
    owned("UALICE", "2026-11-20");
    sweep().run();
    outbox.claimDue(clock.instant(), clock.instant().plus(OutboxDelivery.LEASE), 10); // then died
    clock.advance(OutboxDelivery.LEASE.plusSeconds(1));
    assertThat(deliver().sent()).isEqualTo(1);
    assertThat(slack.lookups()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
  }

  @Test
  void rateLimitedThenSentAfterRetryAfter() {
    owned("UALICE", "2026-11-20");
    slack.failNext(
        new Delivery.RetryLater(Optional.of(Duration.ofSeconds(30)), "ratelimited", false));
    sweep().run();
    assertThat(deliver().retrying()).isEqualTo(1);
    assertThat(deliver().isEmpty()).as("Retry-After not over yet").isTrue();
    clock.advance(Duration.ofSeconds(30));
    assertThat(deliver().sent()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
    assertThat(theReminder().attempts()).isEqualTo(2);
  }

  @Test
  void serverErrorsBackOffExponentiallyAndFinallyGiveUp() {
    owned("UALICE", "2026-11-20");
    int attempts = ReminderDue.KIND.retry().maxAttempts();
    for (int i = 0; i < attempts; i++) {
      slack.failNext(Delivery.RetryLater.notDelivered("HTTP 503"));
    }
    sweep().run();
    deliver();
    assertThat(theReminder().nextAttemptAt())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    for (int i = 1; i < attempts; i++) {
      clock.advance(Duration.ofHours(1));
      deliver();
    }
    assertThat(theReminder().state()).isEqualTo(OutboxState.FAILED);
    assertThat(theReminder().attempts()).isEqualTo(8);
    assertThat(slack.delivered()).isEmpty();
    assertThat(ReminderDue.KIND.retry().backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(ReminderDue.KIND.retry().backoff(9)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void twoProcessesSweepingAndDeliveringAtOnceSendOnce() throws Exception {
    for (int u = 0; u < 20; u++) {
      users.with("U" + u, "Europe/Paris");
      owned("U" + u, "2026-11-20");
    }
    Runnable process =
        () -> {
          sweep().run();
          deliverer().deliverDue();
        };
    Thread a = new Thread(process);
    Thread b = new Thread(process);
    a.start();
    b.start();
    a.join();
    b.join();
    assertThat(slack.delivered()).hasSize(20);
  }

  @Test
  void weeklyDigestToTheConfiguredChannel() {
    owned("UALICE", "2026-11-20");
    owned("UALICE", "2026-12-20");
    ReminderSettings withDigest =
        new ReminderSettings(
            ReminderSettings.defaults().remindAt(),
            ReminderSettings.defaults().workStart(),
            ReminderSettings.defaults().workEnd(),
            ReminderSettings.defaults().workingDays(),
            ReminderSettings.defaults().interval(),
            ReminderSettings.defaults().escalateAfter(),
            Optional.of("CDIGEST"),
            java.time.DayOfWeek.TUESDAY,
            ZoneId.of("UTC"));
    ReminderSweep digesting = sweep(withDigest);
    clock.set(Instant.parse("2026-11-24T08:59:00Z"));
    digesting.run();
    deliver();
    assertThat(slack.deliveredTo("CDIGEST")).isEmpty();
    clock.set(Instant.parse("2026-11-24T09:00:00Z"));
    digesting.run();
    digesting.run();
    deliver();
    assertThat(slack.deliveredTo("CDIGEST"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(ReminderKind.DIGEST);
              assertThat(m.openCount()).isEqualTo(2);
              assertThat(m.items()).hasSize(1);
            });
  }
}
