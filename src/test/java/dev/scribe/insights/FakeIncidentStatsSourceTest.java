package dev.scribe.insights;

/** The in-memory fake passes the same contract as the databases. */
class FakeIncidentStatsSourceTest extends IncidentStatsSourceContract {

  @Override
  protected StatsWorld world() {
    return new FakeIncidentStatsSource();
  }
}
