package dev.scribe.outbox;

class FakeOutboxTest extends OutboxContract {
  @Override
  protected OutboxStore outbox() {
    return new FakeOutbox();
  }
}
