package dev.scribe.storage;

import dev.scribe.workspace.WorkspaceSettingsRepository;
import dev.scribe.workspace.WorkspaceSettingsRepositoryContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi repository passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiWorkspaceSettingsRepositoryTest {

  abstract static class On extends WorkspaceSettingsRepositoryContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected WorkspaceSettingsRepository repository() {
      db = open.get();
      return new JdbiWorkspaceSettingsRepository(db.jdbi());
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
