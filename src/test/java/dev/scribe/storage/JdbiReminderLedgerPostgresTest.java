package dev.scribe.storage;

import dev.scribe.actions.ReminderLedger;
import dev.scribe.actions.ReminderLedgerContract;
import org.junit.jupiter.api.AfterEach;

class JdbiReminderLedgerPostgresTest extends ReminderLedgerContract {

  private Database db;

  @Override
  protected ReminderLedger ledger() {
    db = TestDatabases.postgres();
    return new JdbiReminderLedger(db.jdbi());
  }

  @AfterEach
  void close() {
    db.close();
  }
}
