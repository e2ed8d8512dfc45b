package dev.scribe.actions;

import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;

class FakeActionItemRepositoryTest extends ActionItemRepositoryContract {

  private final FakeActionItemRepository fake = new FakeActionItemRepository();
  private long nextIncident = 1;

  @Override
  protected ActionItemRepository repository() {
    return fake;
  }

  @Override
  protected Incident incident(String teamId, String ownerId, IncidentStatus status) {
    return fake.addIncident(TestData.incident(nextIncident++, teamId, ownerId, status));
  }
}
