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
import dev.scribe.incident.Severity;
import dev.scribe.insights.IncidentStatsSource;
import dev.scribe.insights.IncidentStatsSourceContract;
import dev.scribe.insights.IncidentTimes;
import dev.scribe.insights.Period;
import dev.scribe.insights.StatsWorld;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stats source over the real repositories, on SQLite and PostgreSQL: events written, edited and
 * removed through {@link JdbiTimelineRepository} keep the incident's marker columns in step.
 */
class JdbiIncidentStatsTest {

  abstract static class On extends IncidentStatsSourceContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected StatsWorld world() {
      db = open.get();
      return new Repositories(db);
    }

    @AfterEach
    void close() {
      db.close();
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

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<Database>) TestDatabases::sqlite),
        Arguments.of("postgresql", (Supplier<Database>) TestDatabases::postgres));
  }

  /**
   * A message tagged with a reaction (or added with the shortcut) counts as soon as it is stored.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCapturedMessageCountsInStatsAtOnce(String name, Supplier<Database> open) {
    try (Database db = open.get()) {
      Repositories world = new Repositories(db);
      Instant declared = Instant.parse("2026-11-10T09:00:00Z");
      long incident = world.incident("T1", declared, null, true);
      Instant posted = Instant.parse("2026-11-10T09:40:00Z");
      NewEvent tagged =
          new NewEvent(
              posted,
              Marker.IMPACT,
              "",
              null,
              "U0TAGGER",
              EventSource.REACTION,
              "C1",
              posted.getEpochSecond() + ".000100",
              null,
              posted,
              true);

      TimelineEvent event = world.timeline.addUnlessCaptured("T1", incident, tagged).orElseThrow();
      assertThat(world.timeline.addUnlessCaptured("T1", incident, tagged)).isEmpty();

      assertThat(impact(world)).contains(posted);
      world.delete("T1", event.id());
      assertThat(impact(world)).isEmpty();
    }
  }

  private static Optional<Instant> impact(Repositories world) {
    Period november =
        new Period(
            LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"),
            ZoneOffset.UTC,
            "2026-11");
    List<IncidentTimes> rows = new ArrayList<>();
    world.source().incidents("T1", november, Optional.empty(), rows::add);
    assertThat(rows).hasSize(1);
    return rows.get(0).markers().at(Marker.IMPACT);
  }

  /** Writes go through the repositories the recording features use. */
  static final class Repositories implements StatsWorld {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final JdbiIncidentRepository incidents;
    private final JdbiTimelineRepository timeline;
    private final JdbiActionItemRepository actions;
    private final JdbiIncidentStats stats;
    private int channels;

    Repositories(Database db) {
      this.incidents = new JdbiIncidentRepository(db.jdbi());
      this.timeline = new JdbiTimelineRepository(db.jdbi());
      this.actions = new JdbiActionItemRepository(db.jdbi());
      this.stats = new JdbiIncidentStats(db.jdbi());
    }

    @Override
    public IncidentStatsSource source() {
      return stats;
    }

    @Override
    public long incident(String teamId, Instant declaredAt, Severity severity, boolean open) {
      Incident incident =
          incidents.create(
              new NewIncident(teamId, "C" + ++channels, "Incident", severity, "U0", declaredAt));
      if (!open) {
        incidents.save(incident.resolvedAt(declaredAt.plusSeconds(3_600)));
      }
      return incident.id();
    }

    @Override
    public long event(String teamId, long incidentId, Marker marker, Instant at) {
      return timeline.add(teamId, incidentId, NewEvent.typed(at, marker, "event", "U0", NOW)).id();
    }

    @Override
    public void edit(String teamId, long incidentId, long eventId, Marker marker, Instant at) {
      TimelineEvent old =
          timeline.events(teamId, incidentId).stream()
              .filter(e -> e.id() == eventId)
              .findFirst()
              .orElseThrow();
      TimelineEvent changed =
          new TimelineEvent(
              old.id(),
              old.incidentId(),
              old.number(),
              at,
              marker,
              old.text(),
              old.authorId(),
              old.recordedBy(),
              old.source(),
              old.permalink(),
              old.recordedAt(),
              old.sourceMessageDeleted());
      timeline.update(teamId, changed, "U0", "edit", NOW);
    }

    @Override
    public void delete(String teamId, long eventId) {
      timeline.delete(teamId, eventId, "U0", "delete", NOW);
    }

    @Override
    public void field(String teamId, long incidentId, IncidentField field, String value) {
      incidents.putField(teamId, incidentId, field, value, "U0", NOW);
    }

    @Override
    public void action(String teamId, long incidentId, LocalDate due, boolean open) {
      ActionItem item =
          actions.add(
              teamId,
              new ActionDraft(
                  incidentId,
                  "Do it",
                  "U1",
                  due,
                  Priority.MEDIUM,
                  ActionKind.SHORT_TERM,
                  null,
                  "U0",
                  NOW));
      if (!open) {
        actions.update(
            teamId,
            new ActionItem(
                item.id(),
                item.incidentId(),
                item.number(),
                item.text(),
                item.ownerId(),
                item.dueDate(),
                item.priority(),
                item.kind(),
                ActionStatus.DONE,
                item.ticketUrl(),
                item.createdBy(),
                item.createdAt(),
                NOW,
                null));
      }
    }
  }
}
