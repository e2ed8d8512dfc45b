package dev.scribe.actions;

import static dev.scribe.actions.TestData.TEAM;
import static dev.scribe.actions.TestData.draft;
import static dev.scribe.actions.TestData.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReminderSweepTest {

  // Tuesday 2026-11-24, 09:05 in Paris.
  private final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  private final FakeActionItemRepository items = new FakeActionItemRepository();
  private final FakeReminderLedger ledger = new FakeReminderLedger();
  private final FakeReminderNotifier slack = new FakeReminderNotifier();
  private final FakeUserDirectory users =
      new FakeUserDirectory().with("UALICE", "Europe/Paris").with("UBOSS", "Europe/Paris");
  private final ActionItemService service =
      new ActionItemService(items, dev.scribe.common.Transactor.inline(), clock);
  private Incident incident;

  @BeforeEach
  void anIncident() {
    incident = items.addIncident(incident(1, "UBOSS"));
  }

  private ReminderSweep sweep() {
    return new ReminderSweep(items, ledger, slack, users, ReminderSettings.defaults(), clock);
  }

  private ActionItem owned(String owner, String due) {
    return items.add(TEAM, draft(incident.id(), "Fix it", owner, LocalDate.parse(due)));
  }

  @Test
  void remindsEachOwnerOnceADayWithAllTheirOverdueItems() {
    owned("UALICE", "2026-11-23");
    owned("UALICE", "2026-11-20");
    owned("UALICE", "2026-11-24"); // due today: not overdue
    SweepReport first = sweep().run();
    clock.advance(Duration.ofMinutes(15));
    SweepReport second = sweep().run();

    assertThat(first.sent()).isEqualTo(1);
    assertThat(second.sent()).isZero();
    assertThat(second.skipped()).isEqualTo(1);
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.items()).extracting(a -> a.item().number()).containsExactly(2, 1));

    clock.advance(Duration.ofDays(1));
    sweep().run();
    assertThat(slack.deliveredTo("UALICE")).hasSize(2);
  }

  @Test
  void waitsForTheRecipientsWorkingHours() {
    users.with("UALICE", "America/Los_Angeles"); // 00:05 there
    owned("UALICE", "2026-11-20");
    assertThat(sweep().run().sent()).isZero();
    clock.set(Instant.parse("2026-11-24T17:00:00Z")); // 09:00 in Los Angeles
    assertThat(sweep().run().sent()).isEqualTo(1);
  }

  @Test
  void doneAndDroppedItemsAreNotReminded() {
    ActionItem a = owned("UALICE", "2026-11-20");
    ActionItem b = owned("UALICE", "2026-11-21");
    service.done(incident, a.number());
    service.drop(incident, b.number());
    assertThat(sweep().run().sent()).isZero();
    assertThat(slack.delivered()).isEmpty();
  }

  @Test
  void snoozeSilencesAnItemForAWeek() {
    ActionItem a = owned("UALICE", "2026-11-20");
    service.snoozeById(TEAM, a.id(), ZoneId.of("Europe/Paris"));
    assertThat(sweep().run().sent()).isZero();
    clock.advance(Duration.ofDays(6));
    assertThat(sweep().run().sent()).isZero(); // Monday 30th: still snoozed
    clock.advance(Duration.ofDays(1));
    sweep().run(); // Tuesday 1st: snooze over
    assertThat(slack.deliveredTo("UALICE"))
        .singleElement()
        .satisfies(m -> assertThat(m.key().period()).isEqualTo(LocalDate.parse("2026-12-01")));
  }

  @Test
  void remindersGoOnAfterTheIncidentIsClosed() {
    Incident closed = items.addIncident(incident(2, TEAM, "UBOSS", IncidentStatus.RESOLVED));
    items.add(TEAM, draft(closed.id(), "Write runbook", "UALICE", LocalDate.parse("2026-11-20")));
    assertThat(sweep().run().sent()).isEqualTo(1);
  }

  @Test
  void unownedItemsGoToTheIncidentOwnerAndLongOverdueOnesEscalate() {
    owned(null, "2026-11-23");
    owned("UALICE", "2026-11-10");
    sweep().run();
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
    slack.dieAfterNextSend();
    assertThatThrownBy(() -> sweep().run()).isInstanceOf(FakeReminderNotifier.Died.class);
    assertThat(slack.delivered()).hasSize(1);

    // A restarted process, before and after the dead sender's lease runs out.
    assertThat(sweep().run().skipped()).isEqualTo(1);
    clock.advance(Delivering.LEASE);
    SweepReport recovered = sweep().run();

    assertThat(recovered.recovered()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
    assertThat(slack.lookups()).isEqualTo(1);
    assertThat(ledger.all())
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(ReminderState.SENT));
  }

  @Test
  void aSenderThatDiedBeforeSendingIsReplacedBySomeoneWhoSends() {
    owned("UALICE", "2026-11-20");
    ReminderKey key =
        new ReminderKey(TEAM, "UALICE", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER);
    ledger.begin(key, clock.instant(), clock.instant().plus(Delivering.LEASE)); // then died
    clock.advance(Delivering.LEASE.plusSeconds(1));
    assertThat(sweep().run().sent()).isEqualTo(1);
    assertThat(slack.lookups()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
  }

  @Test
  void rateLimitedThenSentAfterRetryAfter() {
    owned("UALICE", "2026-11-20");
    slack.failNext(
        new ReminderNotifier.RetryLater(Optional.of(Duration.ofSeconds(30)), "ratelimited"));
    assertThat(sweep().run().retrying()).isEqualTo(1);
    assertThat(sweep().run().skipped()).isEqualTo(1); // Retry-After not over yet
    clock.advance(Duration.ofSeconds(30));
    assertThat(sweep().run().sent()).isEqualTo(1);
    assertThat(slack.delivered()).hasSize(1);
    assertThat(ledger.all()).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
  }

  @Test
  void serverErrorsBackOffExponentiallyAndFinallyGiveUp() {
    owned("UALICE", "2026-11-20");
    for (int i = 0; i < Delivering.MAX_ATTEMPTS; i++) {
      slack.failNext(new ReminderNotifier.RetryLater(Optional.empty(), "HTTP 503"));
    }
    sweep().run();
    LedgerEntry afterOne = ledger.all().get(0);
    assertThat(afterOne.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    for (int i = 1; i < Delivering.MAX_ATTEMPTS; i++) {
      clock.advance(Duration.ofHours(1));
      sweep().run();
    }
    assertThat(ledger.all())
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(ReminderState.FAILED));
    assertThat(Delivering.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(Delivering.backoff(9)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void twoSweepsAtOnceSendOnce() throws Exception {
    for (int u = 0; u < 20; u++) {
      users.with("U" + u, "Europe/Paris");
      owned("U" + u, "2026-11-20");
    }
    Thread a = new Thread(() -> sweep().run());
    Thread b = new Thread(() -> sweep().run());
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
    ReminderSweep digesting = new ReminderSweep(items, ledger, slack, users, withDigest, clock);
    clock.set(Instant.parse("2026-11-24T08:59:00Z"));
    digesting.run();
    assertThat(slack.deliveredTo("CDIGEST")).isEmpty();
    clock.set(Instant.parse("2026-11-24T09:00:00Z"));
    digesting.run();
    digesting.run();
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
