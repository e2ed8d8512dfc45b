package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.actions.ActionDraft;
import dev.scribe.actions.ActionItem;
import dev.scribe.actions.ActionKind;
import dev.scribe.actions.ActionStatus;
import dev.scribe.actions.Priority;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentField;
import dev.scribe.incident.NewIncident;
import dev.scribe.review.Changes;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What changed between two versions, read from the history the repositories keep, on SQLite and
 * PostgreSQL: changes written through the real repositories, in a window {@code (after, until]}.
 */
class JdbiChangeLogTest {

  static final Instant V1 = Instant.parse("2026-11-22T09:00:00Z");
  static final Instant V2 = Instant.parse("2026-11-22T10:00:00Z");

  abstract static class On {
    private final Supplier<Database> open;
    Database db;
    JdbiIncidentRepository incidents;
    JdbiTimelineRepository timeline;
    JdbiActionItemRepository actions;
    JdbiChangeLog log;
    Incident incident;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void setUp() {
      db = open.get();
      incidents = new JdbiIncidentRepository(db.jdbi());
      timeline = new JdbiTimelineRepository(db.jdbi());
      actions = new JdbiActionItemRepository(db.jdbi());
      log = new JdbiChangeLog(db.jdbi());
      incident =
          incidents.create(new NewIncident("T1", "C1", "Outage", null, "U1", V1.minusSeconds(600)));
    }

    @AfterEach
    void close() {
      db.close();
    }

    TimelineEvent event(Instant recorded) {
      return timeline.add(
          "T1", incident.id(), NewEvent.typed(recorded, Marker.NOTE, "x", "U1", recorded));
    }

    ActionItem action(Instant at) {
      return actions.add(
          "T1",
          new ActionDraft(
              incident.id(),
              "Do it",
              null,
              null,
              Priority.LOW,
              ActionKind.PROCESS,
              null,
              "U1",
              at));
    }

    @Test
    void countsEachKindOfChangeInTheWindowOnly() {
      TimelineEvent before = event(V1.minusSeconds(60));
      TimelineEvent edited = event(V1.minusSeconds(30));
      ActionItem closed = action(V1.minusSeconds(10));
      event(V1.plusSeconds(1));
      TimelineEvent removed = event(V1.plusSeconds(2));
      timeline.update("T1", edited, "U2", "edit", V1.plusSeconds(3));
      timeline.update("T1", edited, "U2", "edit", V1.plusSeconds(4));
      timeline.delete("T1", removed.id(), "U2", "delete", V1.plusSeconds(5));
      incidents.putField("T1", incident.id(), IncidentField.SUMMARY, "s", "U2", V1.plusSeconds(6));
      incidents.putField("T1", incident.id(), IncidentField.SUMMARY, "t", "U2", V1.plusSeconds(7));
      incidents.recordChange(
          "T1", incident.id(), "status", "OPEN", "RESOLVED", "U2", V1.plusSeconds(8));
      action(V1.plusSeconds(9));
      actions.update("T1", closedCopy(closed, V1.plusSeconds(10)));
      event(V2.plusSeconds(1));

      Changes changes = log.between("T1", incident.id(), V1, V2);

      assertThat(changes)
          .isEqualTo(new Changes(2, 1, 1, List.of("summary", "incident status"), 1, 1));
      assertThat(log.between("T1", incident.id(), Instant.EPOCH, V1.minusSeconds(60)).eventsAdded())
          .isEqualTo(1);
      assertThat(before.id()).isPositive();
      assertThat(log.between("T2", incident.id(), V1, V2).isEmpty()).isTrue();
    }

    @Test
    void theWindowIncludesItsEndButNotItsStart() {
      event(V1);
      event(V2);
      assertThat(log.between("T1", incident.id(), V1, V2).eventsAdded()).isEqualTo(1);
    }

    private static ActionItem closedCopy(ActionItem i, Instant at) {
      return new ActionItem(
          i.id(),
          i.incidentId(),
          i.number(),
          i.text(),
          i.ownerId(),
          i.dueDate(),
          i.priority(),
          i.kind(),
          ActionStatus.DONE,
          i.ticketUrl(),
          i.createdBy(),
          i.createdAt(),
          at,
          null);
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
