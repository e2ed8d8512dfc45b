package dev.scribe.workspace;

class FakeSlackUserCacheTest extends SlackUserCacheContract {
  @Override
  protected SlackUserCache cache() {
    return new FakeSlackUserCache();
  }
}
