package dev.scribe.storage;

import dev.scribe.incident.NewIncident;
import dev.scribe.timeline.Marker;
import dev.scribe.timeline.NewEvent;
import dev.scribe.timeline.TimelineEvent;
import dev.scribe.timeline.TypedCommands;
import dev.scribe.timeline.TypedCommandsContract;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** Typed commands pass the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiTypedCommandsTest {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");

  abstract static class On extends TypedCommandsContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected TypedCommands commands() {
      db = open.get();
      return new JdbiTypedCommands(db.jdbi());
    }

    @Override
    protected TimelineEvent event(String teamId, String channelId) {
      long incident =
          new JdbiIncidentRepository(db.jdbi())
              .create(new NewIncident(teamId, channelId, "Incident", null, "U1", AT))
              .id();
      return new JdbiTimelineRepository(db.jdbi())
          .add(teamId, incident, NewEvent.typed(AT, Marker.ACK, "on-call acknowledged", "U1", AT));
    }

    @Override
    protected void delete(String teamId, long eventId) {
      new JdbiTimelineRepository(db.jdbi()).delete(teamId, eventId, "U1", "delete", AT);
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
