package dev.scribe.review;

/** The in-memory fake passes the same contract as the databases. */
class FakeReviewRepositoryTest extends ReviewRepositoryContract {

  private long next = 1;

  @Override
  protected ReviewRepository repository() {
    return new FakeReviewRepository();
  }

  @Override
  protected long incident(String teamId) {
    return next++;
  }
}
