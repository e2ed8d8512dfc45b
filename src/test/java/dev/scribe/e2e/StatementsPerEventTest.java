package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one {@code /pm event} costs the database, counted by a SQL logger on the request and writer
 * threads: once the workspace's settings and the user are in memory, only the write itself — the
 * channel's open incident, the incident's next event number, the insert (which returns the row, so
 * no read after it). Before the caches and RETURNING it was six statements.
 */
class StatementsPerEventTest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";

  private final List<String> statements = new CopyOnWriteArrayList<>();
  private ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    Database database = TestDatabases.sqlite();
    // Set before Scribe is built: each DAO copies the configuration when it is attached.
    database.jdbi().getConfig(SqlStatements.class).setSqlLogger(new Counting());
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"), database, Map.of());
    scribe.slack.addUser(ALICE, "alice", "Europe/Paris");
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void anEventInAnOpenIncidentTakesThreeStatements() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "event warming the caches");
    statements.clear();

    for (int i = 0; i < 10; i++) {
      assertThat(ScribeHarness.text(scribe.pm(ALICE, CHANNEL, "event step " + i)))
          .contains("step " + i);
    }

    assertThat(statements).hasSize(30);
    assertThat(statements.subList(0, 3))
        .satisfiesExactly(
            sql -> assertThat(sql).startsWith("SELECT").contains("FROM incidents"),
            sql -> assertThat(sql).startsWith("UPDATE incidents SET last_event_number"),
            sql -> assertThat(sql).startsWith("INSERT INTO timeline_events").contains("RETURNING"));
  }

  @Test
  void aChangedSettingIsSeenByTheNextCommand() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    assertThat(ScribeHarness.inChannel(scribe.pm(ALICE, CHANNEL, "event one"))).isTrue();

    scribe.pm(ALICE, CHANNEL, "config confirmations ephemeral");

    assertThat(ScribeHarness.inChannel(scribe.pm(ALICE, CHANNEL, "event two"))).isFalse();
  }

  /** Keeps the SQL run on the threads that serve requests and write. */
  private final class Counting implements SqlLogger {
    @Override
    public void logAfterExecution(StatementContext context) {
      String thread = Thread.currentThread().getName();
      if (thread.startsWith("scribe-http") || thread.startsWith("scribe-db-writer")) {
        statements.add(context.getRenderedSql().strip());
      }
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
      logAfterExecution(context);
    }
  }
}
