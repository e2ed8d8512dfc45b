package dev.scribe.storage;

import dev.scribe.actions.ActionItemRepository;
import dev.scribe.actions.ActionItemRepositoryContract;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi repository passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiActionItemRepositoryTest {

  abstract static class On extends ActionItemRepositoryContract {
    private final Supplier<Database> open;
    private Database db;
    private int sequence;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected ActionItemRepository repository() {
      db = open.get();
      return new JdbiActionItemRepository(db.jdbi());
    }

    @Override
    protected Incident incident(String teamId, String ownerId, IncidentStatus status) {
      return ActionTestIncidents.insert(db, teamId, ownerId, status, ++sequence);
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
