package dev.scribe.storage;

import dev.scribe.actions.ReminderLedger;
import dev.scribe.actions.ReminderLedgerContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi ledger passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiReminderLedgerTest {

  abstract static class On extends ReminderLedgerContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected ReminderLedger ledger() {
      db = open.get();
      return new JdbiReminderLedger(db.jdbi());
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
