package dev.scribe.storage;

import dev.scribe.actions.ReminderLedger;
import dev.scribe.actions.ReminderLedgerContract;
import org.junit.jupiter.api.AfterEach;

class JdbiReminderLedgerTest extends ReminderLedgerContract {

  private Database db;

  @Override
  protected ReminderLedger ledger() {
    db = TestDatabases.sqlite();
    return new JdbiReminderLedger(db.jdbi());
  }

  @AfterEach
  void close() {
    db.close();
  }
}
