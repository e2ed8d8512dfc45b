package dev.scribe.actions;

class FakeReminderLedgerTest extends ReminderLedgerContract {
  @Override
  protected ReminderLedger ledger() {
    return new FakeReminderLedger();
  }
}
