package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.incident.NewIncident;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.EventSource;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TimelineRepository;
import dev.scribe.timeline.TimelineRepositoryContract;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Jdbi repository passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiTimelineRepositoryTest {

  abstract static class On extends TimelineRepositoryContract {
    private final Supplier<Database> open;
    private Database db;
    private JdbiTimelineRepository repository;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected TimelineRepository repository() {
      db = open.get();
      repository = new JdbiTimelineRepository(db.jdbi());
      return repository;
    }

    @Override
    protected DeliveryLog deliveries() {
      return repository;
    }

    @Override
    protected long incident(String teamId, String channelId) {
      return new JdbiIncidentRepository(db.jdbi())
          .create(
              new NewIncident(
                  teamId, channelId, "Incident", null, "U1", Instant.parse("2026-11-21T12:00:00Z")))
          .id();
    }

    @Override
    protected List<String> revisions(String teamId, long eventId) {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          """
                          SELECT change || ': ' || text FROM timeline_event_revisions
                          WHERE team_id = :teamId AND event_id = :eventId ORDER BY id
                          """)
                      .bind("teamId", teamId)
                      .bind("eventId", eventId)
                      .mapTo(String.class)
                      .list());
    }

    @AfterEach
    void close() {
      db.close();
    }

    /**
     * Stats read the incident's marker columns: an event captured from a message with the shortcut
     * moves them as a typed one does, and is counted among the events recorded, by its source.
     */
    @Test
    void aCapturedEventWithAMarkerSetsTheIncidentsMarkerColumnAndIsCounted() {
      repository();
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      JdbiTimelineRepository timeline = new JdbiTimelineRepository(db.jdbi(), meters);
      long incident = incident("T1", "C1");
      Instant postedAt = Instant.parse("2026-11-21T12:30:00Z");
      NewEvent captured =
          new NewEvent(
              postedAt,
              Marker.CAUSE,
              "the cache stampede",
              "UAUTHOR",
              "USHORTCUT",
              EventSource.SHORTCUT,
              "C1",
              "1763728200.000100",
              null,
              postedAt.plusSeconds(60),
              false);

      assertThat(timeline.addUnlessCaptured("T1", incident, captured)).isPresent();
      assertThat(timeline.addUnlessCaptured("T1", incident, captured)).isEmpty();

      Long causeAt =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT marker_cause_at FROM incidents WHERE id = :id")
                          .bind("id", incident)
                          .mapTo(Long.class)
                          .one());
      assertThat(causeAt).isEqualTo(postedAt.toEpochMilli());
      assertThat(meters.counter("scribe.events.recorded", "source", "shortcut").count())
          .isEqualTo(1.0);
    }

    /**
     * Adding an event answers with the event as stored without reading the row back: it must be
     * exactly what a later read gives, for instants finer than a millisecond and text with a NUL.
     */
    @Test
    void theEventAnAddAnswersIsTheOneReadBack() {
      repository();
      long incident = incident("T1", "C1");
      Instant fine = Instant.parse("2026-11-21T12:30:00.123456789Z");
      NewEvent typed = NewEvent.typed(fine, Marker.NOTE, "a\u0000b", "U\u00001", fine.plusNanos(7));
      NewEvent captured =
          new NewEvent(
              fine,
              Marker.ALERT,
              "paged\u0000",
              "UAUTHOR",
              "UTAGGER",
              EventSource.REACTION,
              "C1",
              "1763728200.000100",
              "https://x/p\u0000",
              fine.plusNanos(999_999),
              false);

      TimelineEvent added = repository.add("T1", incident, typed);
      TimelineEvent addedUnlessCaptured =
          repository.addUnlessCaptured("T1", incident, captured).orElseThrow();

      assertThat(repository.byNumber("T1", incident, added.number())).contains(added);
      assertThat(repository.byNumber("T1", incident, addedUnlessCaptured.number()))
          .contains(addedUnlessCaptured);
      assertThat(added.text()).isEqualTo("a\uFFFDb");
      assertThat(added.occurredAt()).isEqualTo(Instant.parse("2026-11-21T12:30:00.123Z"));
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
