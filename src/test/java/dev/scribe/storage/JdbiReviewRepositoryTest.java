package dev.scribe.storage;

import dev.scribe.incident.IncidentStatus;
import dev.scribe.review.ReviewRepository;
import dev.scribe.review.ReviewRepositoryContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi repository passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiReviewRepositoryTest {

  abstract static class On extends ReviewRepositoryContract {
    private final Supplier<Database> open;
    private Database db;
    private int sequence;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected ReviewRepository repository() {
      db = open.get();
      return new JdbiReviewRepository(db.jdbi());
    }

    @Override
    protected long incident(String teamId) {
      return ActionTestIncidents.insert(db, teamId, "U0", IncidentStatus.RESOLVED, ++sequence).id();
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
