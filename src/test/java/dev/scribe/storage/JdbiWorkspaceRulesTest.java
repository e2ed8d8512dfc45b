package dev.scribe.storage;

import dev.scribe.workspace.AdminGroupMembers;
import dev.scribe.workspace.AdminGroupMembersContract;
import dev.scribe.workspace.WorkspaceRulesRepository;
import dev.scribe.workspace.WorkspaceRulesRepositoryContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The workspace rules and the admin groups' members pass the same contracts as their fakes, on
 * SQLite and on PostgreSQL.
 */
class JdbiWorkspaceRulesTest {

  abstract static class Rules extends WorkspaceRulesRepositoryContract {
    private final Supplier<Database> open;
    private Database db;

    Rules(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected WorkspaceRulesRepository repository() {
      db = open.get();
      return new JdbiWorkspaceRules(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }
  }

  abstract static class Groups extends AdminGroupMembersContract {
    private final Supplier<Database> open;
    private Database db;

    Groups(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected AdminGroupMembers members() {
      db = open.get();
      return new JdbiAdminGroupMembers(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }
  }

  @Nested
  class RulesOnSqlite extends Rules {
    RulesOnSqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class RulesOnPostgres extends Rules {
    RulesOnPostgres() {
      super(TestDatabases::postgres);
    }
  }

  @Nested
  class GroupsOnSqlite extends Groups {
    GroupsOnSqlite() {
      super(TestDatabases::sqlite);
    }
  }

  @Nested
  class GroupsOnPostgres extends Groups {
    GroupsOnPostgres() {
      super(TestDatabases::postgres);
    }
  }
}
