package dev.scribe.storage;

import dev.scribe.common.DeferredRequests;
import dev.scribe.common.DeferredRequestsContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** Deferred requests pass the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiDeferredRequestsTest {

  abstract static class On extends DeferredRequestsContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected DeferredRequests requests() {
      db = open.get();
      return new JdbiDeferredRequests(db.jdbi());
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
