package dev.scribe.storage;

import dev.scribe.workspace.SlackUserCache;
import dev.scribe.workspace.SlackUserCacheContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi cache passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiSlackUsersTest {

  abstract static class On extends SlackUserCacheContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected SlackUserCache cache() {
      db = open.get();
      return new JdbiSlackUsers(db.jdbi());
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
