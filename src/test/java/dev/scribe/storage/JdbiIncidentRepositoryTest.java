package dev.scribe.storage;

import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.IncidentRepositoryContract;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The Jdbi repository passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiIncidentRepositoryTest {

  public record Line(String line, Instant changedAt) {}

  abstract static class On extends IncidentRepositoryContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected IncidentRepository repository() {
      db = open.get();
      return new JdbiIncidentRepository(db.jdbi());
    }

    @Override
    protected List<String> history(String teamId, long incidentId) {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          """
                          SELECT name || ': ' || COALESCE(old_value, 'null') || ' → '
                                 || COALESCE(new_value, 'null') || ' by ' || changed_by AS line,
                                 changed_at
                          FROM incident_field_history
                          WHERE team_id = :teamId AND incident_id = :incidentId ORDER BY id
                          """)
                      .bind("teamId", teamId)
                      .bind("incidentId", incidentId)
                      .map(ConstructorMapper.of(Line.class))
                      .map(l -> l.line() + " at " + l.changedAt())
                      .list());
    }

    @AfterEach
    void close() {
      db.close();
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }
  }
}
