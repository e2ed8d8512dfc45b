package dev.scribe.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.FakeUserDirectory;
import dev.scribe.actions.Priority;
import dev.scribe.actions.ReminderDue;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.actions.ReminderSender;
import dev.scribe.actions.ReminderSettings;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.outbox.DeliveryReport;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxState;
import dev.scribe.storage.ActionTestIncidents;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiOutbox;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JsonPayloadCodec;
import dev.scribe.storage.TestDatabases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep and the outbox over the real database and the Slack adapter, with Slack faked on
 * loopback.
 */
class ReminderSweepOverSlackTest {

  // Tuesday 2026-11-24, 09:05 in Paris
  private final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  private final FakeSlackApi slack = FakeSlackApi.start(clock);
  private final Database db = TestDatabases.sqlite();
  private final JdbiActionItemRepository items = new JdbiActionItemRepository(db.jdbi());
  private final JdbiOutbox outbox = new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), () -> {});
  private final JdbiTransactor transactor = new JdbiTransactor(db.jdbi());
  private final FakeUserDirectory users = new FakeUserDirectory().with("UALICE", "Europe/Paris");
  private final SlackReminderNotifier notifier =
      SlackReminderNotifier.of(SlackReminderNotifierTest.client(slack, 2_000), users);
  private final ReminderKey key =
      new ReminderKey("T1", "UALICE", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER);

  ReminderSweepOverSlackTest() {
    slack.addUser("UALICE", "alice", "Europe/Paris");
    Incident incident = ActionTestIncidents.insert(db, "T1", "UALICE", IncidentStatus.RESOLVED, 1);
    items.add(
        "T1",
        new ActionDraft(
            incident.id(),
            "Add an alert",
            "UALICE",
            LocalDate.parse("2026-11-20"),
            Priority.HIGH,
            ActionKind.SHORT_TERM,
            null,
            "UALICE",
            clock.instant()));
  }

  private DeliveryReport sweepAndDeliver() {
    new ReminderSweep(items, outbox, transactor, users, ReminderSettings.defaults(), clock).run();
    return new OutboxDelivery(
            outbox,
            List.of(new ReminderSender(items, notifier, clock)),
            new JsonPayloadCodec(),
            transactor,
            clock)
        .deliverDue();
  }

  private OutboxEntry line() {
    return outbox.find("T1", ReminderDue.KIND, "UALICE/2026-11-24/reminder").orElseThrow();
  }

  @AfterEach
  void stop() {
    slack.close();
    db.close();
  }

  @Test
  void rateLimitedThenSentOnceRetryAfterHasPassed() {
    slack.failNext("chat.postMessage", 429, 120);
    assertThat(sweepAndDeliver().retrying()).isEqualTo(1);
    assertThat(line().state()).isEqualTo(OutboxState.PENDING);
    assertThat(line().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(120));
    clock.advance(Duration.ofMinutes(1));
    assertThat(sweepAndDeliver().isEmpty()).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(sweepAndDeliver().sent()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(15));
    assertThat(sweepAndDeliver().isEmpty()).isTrue();
    assertThat(slack.calls("chat.postMessage")).hasSize(2); // the refused one and the delivered one
    String dm = line().sent().orElseThrow().split("/")[0];
    assertThat(slack.messages(dm)).hasSize(1);
  }

  @Test
  void aRestartAfterSlackTookTheMessageButBeforeTheOutboxKnewSendsNothingNew() {
    // The first process claimed the reminder, Slack accepted the DM, and the process died.
    new ReminderSweep(items, outbox, transactor, users, ReminderSettings.defaults(), clock).run();
    outbox.claimDue(clock.instant(), clock.instant().plus(OutboxDelivery.LEASE), 10);
    notifier.send(
        new ReminderMessage(
            key,
            ZoneId.of("Europe/Paris"),
            items.openDueBeforeInAllWorkspaces(LocalDate.parse("2026-11-24")),
            0));
    assertThat(slack.calls("chat.postMessage")).hasSize(1);

    clock.advance(Duration.ofMinutes(2));
    assertThat(sweepAndDeliver().isEmpty()).as("its lease still holds").isTrue();
    clock.advance(Duration.ofMinutes(5));
    assertThat(sweepAndDeliver().recovered()).isEqualTo(1);

    assertThat(slack.calls("chat.postMessage")).hasSize(1);
    assertThat(line().state()).isEqualTo(OutboxState.SENT);
    assertThat(line().sent()).isPresent();
  }

  @Test
  void aTimedOutSendThatSlackCarriedOutIsFoundAndNotRepeated() {
    SlackReminderNotifier impatient =
        SlackReminderNotifier.of(SlackReminderNotifierTest.client(slack, 300), users);
    slack.delayNext("chat.postMessage", Duration.ofMillis(900));
    new ReminderSweep(items, outbox, transactor, users, ReminderSettings.defaults(), clock).run();
    OutboxDelivery delivery =
        new OutboxDelivery(
            outbox,
            List.of(new ReminderSender(items, impatient, clock)),
            new JsonPayloadCodec(),
            transactor,
            clock);

    assertThat(delivery.deliverDue().retrying()).isEqualTo(1);
    assertThat(line().inDoubt()).isTrue();
    clock.advance(ReminderDue.KIND.retry().backoff(1));
    slack.awaitCalls("chat.postMessage", 1, Duration.ofSeconds(5));
    await(() -> !slack.messages(dmOf("UALICE")).isEmpty());

    assertThat(delivery.deliverDue().recovered()).isEqualTo(1);
    assertThat(slack.calls("chat.postMessage")).hasSize(1);
    assertThat(slack.messages(dmOf("UALICE"))).hasSize(1);
  }

  private String dmOf(String user) {
    return "D" + user.substring(1);
  }

  private static void await(java.util.function.BooleanSupplier done) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(done::getAsBoolean);
  }
}
