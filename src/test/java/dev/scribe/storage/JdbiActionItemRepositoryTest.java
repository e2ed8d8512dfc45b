package dev.scribe.storage;

import dev.scribe.actions.ActionItemRepository;
import dev.scribe.actions.ActionItemRepositoryContract;
import dev.scribe.incident.Incident;
import dev.scribe.incident.IncidentStatus;
import org.junit.jupiter.api.AfterEach;

class JdbiActionItemRepositoryTest extends ActionItemRepositoryContract {

  private Database db;
  private int sequence;

  @Override
  protected ActionItemRepository repository() {
    db = TestDatabases.sqlite();
    return new JdbiActionItemRepository(db.jdbi());
  }

  @Override
  protected Incident incident(String teamId, String ownerId, IncidentStatus status) {
    return ActionTestIncidents.insert(db, teamId, ownerId, status, ++sequence);
  }

  @AfterEach
  void close() {
    db.close();
  }
}
