package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.workspace.SlackUserCache;
import dev.scribe.workspace.SlackUserCacheContract;
import dev.scribe.workspace.WorkspaceRole;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Jdbi cache passes the same contract as the fake, on SQLite and on PostgreSQL. */
class JdbiSlackUsersTest {

  static final Instant AT = Instant.parse("2026-11-21T14:00:00Z");

  abstract static class On extends SlackUserCacheContract {
    private final Supplier<Database> open;
    private Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Override
    protected SlackUserCache cache() {
      db = open.get();
      return new JdbiSlackUsers(db.jdbi());
    }

    @AfterEach
    void close() {
      db.close();
    }

    /**
     * Two replicas on one database: what one learns, the other, which kept its earlier answer in
     * memory, sees once that memory's time-to-live has passed, and not before; its own saves it
     * sees at once.
     */
    @Test
    void anotherReplicasSaveIsSeenOnceTheMemoryExpires() {
      cache();
      AtomicLong nanos = new AtomicLong();
      JdbiSlackUsers one = new JdbiSlackUsers(db.jdbi(), nanos::get);
      JdbiSlackUsers other = new JdbiSlackUsers(db.jdbi(), nanos::get);
      assertThat(one.find("T1", "U1")).isEmpty();

      other.saveMember("T1", "U1", "alice", "Europe/Paris", WorkspaceRole.ADMIN, false, false, AT);
      assertThat(other.find("T1", "U1")).isPresent();
      nanos.addAndGet(ReadCache.TTL.toNanos() - 1);
      assertThat(one.find("T1", "U1")).as("still within the time-to-live").isEmpty();

      nanos.addAndGet(1);
      assertThat(one.find("T1", "U1").orElseThrow().role()).isEqualTo(WorkspaceRole.ADMIN);
    }

    /** A save in a transaction that rolls back leaves nothing behind, in memory either. */
    @Test
    void aSaveRolledBackIsNotRemembered() {
      cache();
      JdbiSlackUsers users = new JdbiSlackUsers(db.jdbi());
      JdbiTransactor tx = new JdbiTransactor(db.jdbi());
      assertThatThrownBy(
              () ->
                  tx.run(
                      () -> {
                        users.save("T1", "U1", "alice", "UTC", AT);
                        assertThat(users.find("T1", "U1")).as("inside: its own write").isPresent();
                        throw new IllegalStateException("the change failed");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(users.find("T1", "U1")).isEmpty();
      tx.close();
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
