package dev.scribe.timeline;

import java.util.List;

class FakeTimelineRepositoryTest extends TimelineRepositoryContract {

  private final FakeTimelineRepository fake = new FakeTimelineRepository();
  private long nextIncident = 1;

  @Override
  protected TimelineRepository repository() {
    return fake;
  }

  @Override
  protected DeliveryLog deliveries() {
    return fake;
  }

  @Override
  protected long incident(String teamId, String channelId) {
    return nextIncident++;
  }

  @Override
  protected List<String> revisions(String teamId, long eventId) {
    return fake.revisions().stream()
        .filter(r -> r.teamId().equals(teamId) && r.eventId() == eventId)
        .map(r -> r.change() + ": " + r.text())
        .toList();
  }
}
