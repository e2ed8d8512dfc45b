package dev.scribe.storage;

import dev.scribe.postmortem.TemplateStore;
import dev.scribe.postmortem.TemplateStoreContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi store passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiTemplateStoreTest {

  abstract static class On extends TemplateStoreContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected TemplateStore store() {
      db = open.get();
      return new JdbiTemplateStore(db.jdbi());
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
