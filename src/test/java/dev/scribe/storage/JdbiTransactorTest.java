package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.NewIncident;
import dev.scribe.outbox.OutboxMessage;
import dev.scribe.recording.TagConfirmation;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.workspace.WorkspaceSettings;
import java.time.Instant;
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
  static final OutboxMessage<TagConfirmation> OWED =
      new OutboxMessage<>(
          TagConfirmation.KIND,
          TEAM,
          "event/1",
          new TagConfirmation("C1", "U1", "INC-2026-001", 1, Marker.ACK));

  abstract static class On {
    private final Supplier<Database> open;
    private Database db;
    private JdbiTransactor tx;
    private JdbiIncidentRepository incidents;
    private JdbiTimelineRepository timeline;
    private JdbiWorkspaceSettingsRepository settings;
    private JdbiActionItemRepository actions;
    private JdbiOutbox outbox;

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
      outbox = new JdbiOutbox(db.jdbi(), new JsonPayloadCodec(), () -> {});
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
      outbox.enqueue(OWED, NOW);
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
                assertThat(elsewhere(() -> outbox.find(TEAM, TagConfirmation.KIND, "event/1")))
                    .isEmpty();
                return written;
              });

      assertThat(elsewhere(() -> incidents.byId(TEAM, incident.id()))).contains(incident);
      assertThat(timeline.events(TEAM, incident.id())).hasSize(1);
      assertThat(incidents.fields(TEAM, incident.id()))
          .containsEntry(IncidentField.SUMMARY, "words");
      assertThat(settings.settings(TEAM, false).markerFor("eyes")).isEmpty();
      assertThat(actions.forIncident(TEAM, incident.id())).hasSize(1);
      assertThat(outbox.find(TEAM, TagConfirmation.KIND, "event/1")).isPresent();
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
      assertThat(outbox.find(TEAM, TagConfirmation.KIND, "event/1")).isEmpty();
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
