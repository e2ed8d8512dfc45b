package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.Priority;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.NewIncident;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.workspace.WorkspaceSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Repositories hold their DAOs for good ({@code onDemand}); every call made inside {@link
 * JdbiTransactor#inTransaction} must still run on that transaction's handle, so that it all commits
 * or rolls back together, and nothing of it is seen elsewhere before the commit.
 */
class JdbiTransactorTest {

  static final String TEAM = "T1";
  static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");
  static final ReminderKey REMINDER =
      new ReminderKey(TEAM, "U1", LocalDate.parse("2026-11-21"), ReminderKind.REMINDER);

  abstract static class On {
    private final Supplier<Database> open;
    private Database db;
    private JdbiTransactor tx;
    private JdbiIncidentRepository incidents;
    private JdbiTimelineRepository timeline;
    private JdbiWorkspaceSettingsRepository settings;
    private JdbiActionItemRepository actions;
    private JdbiReminderLedger ledger;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void openDatabase() {
      db = open.get();
      tx = new JdbiTransactor(db.jdbi());
      incidents = new JdbiIncidentRepository(db.jdbi());
      timeline = new JdbiTimelineRepository(db.jdbi());
      settings = new JdbiWorkspaceSettingsRepository(db.jdbi());
      actions = new JdbiActionItemRepository(db.jdbi());
      ledger = new JdbiReminderLedger(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }

    /** Writes through every repository; returns the incident. */
    private Incident writeEverything() {
      Incident incident =
          incidents.create(new NewIncident(TEAM, "C1", "Checkout errors", null, "U1", NOW));
      timeline.add(TEAM, incident.id(), NewEvent.typed(NOW, Marker.ACK, "paged", "U1", NOW));
      incidents.putField(TEAM, incident.id(), IncidentField.SUMMARY, "words", "U1", NOW);
      settings.mapReaction(TEAM, "eyes", Optional.empty());
      actions.add(
          TEAM,
          new ActionDraft(
              incident.id(),
              "Add an alert",
              "U1",
              null,
              Priority.HIGH,
              ActionKind.SHORT_TERM,
              null,
              "U1",
              NOW));
      ledger.begin(REMINDER, NOW, NOW.plusSeconds(300));
      return incident;
    }

    /** Reads on another thread, so on another connection than this thread's transaction. */
    private <T> T elsewhere(Supplier<T> read) {
      return CompletableFuture.supplyAsync(read).join();
    }

    @Test
    void everythingInsideCommitsTogetherAndIsUnseenElsewhereUntilThen() {
      Incident incident =
          tx.inTransaction(
              () -> {
                Incident written = writeEverything();
                // This thread reads its own uncommitted writes: the DAOs used its handle...
                assertThat(timeline.events(TEAM, written.id())).hasSize(1);
                assertThat(actions.forIncident(TEAM, written.id())).hasSize(1);
                // ...which no other connection sees before the commit.
                assertThat(elsewhere(() -> incidents.byId(TEAM, written.id()))).isEmpty();
                assertThat(elsewhere(() -> ledger.find(REMINDER))).isEmpty();
                return written;
              });

      assertThat(elsewhere(() -> incidents.byId(TEAM, incident.id()))).contains(incident);
      assertThat(timeline.events(TEAM, incident.id())).hasSize(1);
      assertThat(incidents.fields(TEAM, incident.id()))
          .containsEntry(IncidentField.SUMMARY, "words");
      assertThat(settings.settings(TEAM, false).markerFor("eyes")).isEmpty();
      assertThat(actions.forIncident(TEAM, incident.id())).hasSize(1);
      assertThat(ledger.find(REMINDER)).isPresent();
    }

    @Test
    void aFailureRollsBackEveryRepositorysWrites() {
      long[] incidentId = new long[1];
      assertThatThrownBy(
              () ->
                  tx.run(
                      () -> {
                        incidentId[0] = writeEverything().id();
                        throw new IllegalStateException("boom");
                      }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(incidents.byId(TEAM, incidentId[0])).isEmpty();
      assertThat(incidents.openIn(TEAM, "C1")).isEmpty();
      assertThat(timeline.events(TEAM, incidentId[0])).isEmpty();
      assertThat(incidents.fields(TEAM, incidentId[0])).isEmpty();
      assertThat(settings.settings(TEAM, false).reactions())
          .isEqualTo(WorkspaceSettings.defaultReactions());
      assertThat(actions.countOpen(TEAM)).isZero();
      assertThat(ledger.find(REMINDER)).isEmpty();
      // The yearly counter rolled back too: the next incident takes the first number again.
      assertThat(incidents.create(new NewIncident(TEAM, "C1", "Again", null, "U1", NOW)).publicId())
          .isEqualTo("INC-2026-001");
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }
  }
}
