package dev.scribe.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.demo.SettableClock;
import dev.scribe.storage.Database;
import dev.scribe.storage.PlainStatements;
import dev.scribe.storage.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * look for the same text typed a moment ago (a retyped command is not a second event), the
 * channel's open incident, the incident's next event number, the insert (which returns the row, so
 * no read after it), and the note of the typed text. Before the caches and RETURNING the event
 * alone took six statements (and the settings and the user were read on every command).
 */
class StatementsPerEventTest {

  static final String ALICE = "U0ALICE";
  static final String CHANNEL = "C0INC";

  /** The tables kept in memory: workspace settings and the users Scribe knows. */
  static final List<String> CACHED_TABLES =
      List.of("workspace_settings", "reaction_mappings", "slack_users");

  private final List<String> statements = new CopyOnWriteArrayList<>();
  private ScribeHarness scribe;

  @BeforeEach
  void start() throws Exception {
    Database database = TestDatabases.sqlite();
    // Set before Scribe is built: each DAO copies the configuration when it is attached.
    database.jdbi().getConfig(SqlStatements.class).setSqlLogger(new Counting());
    // The statements every capture runs are plain JDBC (storage/Jdbc): counted the same way.
    database.jdbi().getConfig(PlainStatements.class).setListener(this::count);
    scribe = new ScribeHarness(SettableClock.at("2026-11-21T14:10:00Z"), database, Map.of());
    scribe.slack.addUser(ALICE, "alice", "Europe/Paris");
    scribe.slack.makeAdmin(ALICE); // workspace settings are for admins
    scribe.meet(ALICE); // what Scribe learns of her after her first command, learned
  }

  @AfterEach
  void stop() {
    scribe.close();
  }

  @Test
  void anEventInAnOpenIncidentTakesFiveStatements() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    scribe.pm(ALICE, CHANNEL, "event warming the caches");
    statements.clear();

    for (int i = 0; i < 10; i++) {
      assertThat(ScribeHarness.text(scribe.pm(ALICE, CHANNEL, "event step " + i)))
          .contains("step " + i);
    }

    // What is kept in memory is read again only when the memory expires (every 5 s: a slow
    // machine may see it once or twice here), never once per command.
    List<String> cachedRows =
        statements.stream()
            .filter(sql -> CACHED_TABLES.stream().anyMatch(t -> sql.contains("FROM " + t)))
            .toList();
    assertThat(cachedRows).hasSizeLessThan(10);
    List<String> perEvent = new ArrayList<>(statements);
    perEvent.removeAll(cachedRows);
    assertThat(perEvent).hasSize(50);
    assertThat(perEvent.subList(0, 5))
        .satisfiesExactly(
            sql -> assertThat(sql).startsWith("SELECT").contains("FROM typed_event_commands"),
            sql -> assertThat(sql).startsWith("SELECT").contains("FROM incidents"),
            sql -> assertThat(sql).startsWith("UPDATE incidents SET last_event_number"),
            sql -> assertThat(sql).startsWith("INSERT INTO timeline_events").contains("RETURNING"),
            sql -> assertThat(sql).startsWith("INSERT INTO typed_event_commands"));
  }

  @Test
  void aChangedSettingIsSeenByTheNextCommand() throws Exception {
    scribe.pm(ALICE, CHANNEL, "start Checkout errors");
    assertThat(ScribeHarness.inChannel(scribe.pm(ALICE, CHANNEL, "event one"))).isTrue();

    scribe.pm(ALICE, CHANNEL, "config confirmations ephemeral");

    assertThat(ScribeHarness.inChannel(scribe.pm(ALICE, CHANNEL, "event two"))).isFalse();
  }

  /** Keeps the SQL run on the threads that serve requests and write. */
  private void count(String sql) {
    String thread = Thread.currentThread().getName();
    if (thread.startsWith("scribe-http") || thread.startsWith("scribe-db-writer")) {
      statements.add(sql.strip());
    }
  }

  private final class Counting implements SqlLogger {
    @Override
    public void logAfterExecution(StatementContext context) {
      count(context.getRenderedSql());
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
      logAfterExecution(context);
    }
  }
}
