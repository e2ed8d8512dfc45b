package dev.scribe.incident;

import java.util.List;

class FakeIncidentRepositoryTest extends IncidentRepositoryContract {

  private final FakeIncidentRepository fake = new FakeIncidentRepository();

  @Override
  protected IncidentRepository repository() {
    return fake;
  }

  @Override
  protected List<String> history(String teamId, long incidentId) {
    return fake.history(teamId, incidentId).stream()
        .map(
            c ->
                c.name()
                    + ": "
                    + c.oldValue()
                    + " → "
                    + c.newValue()
                    + " by "
                    + c.userId()
                    + " at "
                    + c.at())
        .toList();
  }
}
