package dev.scribe.storage;

import dev.scribe.incident.NewIncident;
import dev.scribe.timeline.DeliveryLog;
import dev.scribe.timeline.TimelineRepository;
import dev.scribe.timeline.TimelineRepositoryContract;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

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
