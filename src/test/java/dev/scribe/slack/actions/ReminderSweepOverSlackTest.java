package dev.scribe.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.FakeUserDirectory;
import dev.scribe.actions.Priority;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.actions.ReminderSettings;
import dev.scribe.actions.ReminderState;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.actions.SweepReport;
import dev.scribe.demo.FakeSlackApi;
import dev.scribe.demo.SettableClock;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import dev.scribe.storage.ActionTestIncidents;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiReminderLedger;
import dev.scribe.storage.TestDatabases;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sweep over the real database and the Slack adapter, with Slack faked on loopback. */
class ReminderSweepOverSlackTest {

  // Tuesday 2026-11-24, 09:05 in Paris
  private final SettableClock clock = SettableClock.at("2026-11-24T08:05:00Z");
  private final FakeSlackApi slack = FakeSlackApi.start(clock);
  private final Database db = TestDatabases.sqlite();
  private final JdbiActionItemRepository items = new JdbiActionItemRepository(db.jdbi());
  private final JdbiReminderLedger ledger = new JdbiReminderLedger(db.jdbi());
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

  private SweepReport sweep() {
    return new ReminderSweep(items, ledger, notifier, users, ReminderSettings.defaults(), clock)
        .run();
  }

  @AfterEach
  void stop() {
    slack.close();
    db.close();
  }

  @Test
  void rateLimitedThenSentOnceRetryAfterHasPassed() {
    slack.failNext("chat.postMessage", 429, 120);
    assertThat(sweep().retrying()).isEqualTo(1);
    assertThat(ledger.find(key))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.PENDING);
              assertThat(e.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(120));
            });
    clock.advance(Duration.ofMinutes(1));
    assertThat(sweep().skipped()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(sweep().sent()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(15));
    assertThat(sweep().sent()).isZero();
    assertThat(slack.calls("chat.postMessage")).hasSize(2); // the refused one and the delivered one
    String dm = ledger.find(key).orElseThrow().sentMessage().orElseThrow().split("/")[0];
    assertThat(slack.messages(dm)).hasSize(1);
  }

  @Test
  void aRestartAfterSlackTookTheMessageButBeforeTheLedgerKnewSendsNothingNew() {
    // The first process claimed the reminder, Slack accepted the DM, and the process died.
    ledger.begin(key, clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
    notifier.send(
        new ReminderMessage(
            key,
            ZoneId.of("Europe/Paris"),
            items.openDueBeforeInAllWorkspaces(LocalDate.parse("2026-11-24")),
            0));
    assertThat(slack.calls("chat.postMessage")).hasSize(1);

    clock.advance(Duration.ofMinutes(2));
    assertThat(sweep().skipped()).isEqualTo(1); // its lease still holds
    clock.advance(Duration.ofMinutes(5));
    assertThat(sweep().recovered()).isEqualTo(1);

    assertThat(slack.calls("chat.postMessage")).hasSize(1);
    assertThat(ledger.find(key))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(ReminderState.SENT);
              assertThat(e.sentMessage()).isPresent();
            });
  }
}
