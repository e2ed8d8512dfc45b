package dev.scribe.common;

class FakeDeferredRequestsTest extends DeferredRequestsContract {
  @Override
  protected DeferredRequests requests() {
    return new FakeDeferredRequests();
  }
}
