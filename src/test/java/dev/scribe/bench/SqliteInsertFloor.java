package dev.scribe.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * The storage floor of the request-path benchmark: one thread inserting one row per durable
 * transaction with Scribe's SQLite settings (WAL, {@code synchronous=FULL}, {@code BEGIN
 * IMMEDIATE}), into a table shaped like {@code timeline_events}.
 */
final class SqliteInsertFloor {

  private SqliteInsertFloor() {}

  /** Rows committed per second over {@code duration}, after a one-second warm-up. */
  static double rowsPerSecond(Path file, Duration duration) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(30_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    config.setGetGeneratedKeys(false);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT, team_id TEXT NOT NULL,
                incident_id BIGINT NOT NULL, number INTEGER NOT NULL, occurred_at BIGINT NOT NULL,
                marker TEXT NOT NULL, text TEXT NOT NULL, author_id TEXT, recorded_by TEXT NOT NULL,
                source TEXT NOT NULL, recorded_at BIGINT NOT NULL, UNIQUE (incident_id, number))
            """);
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO events (team_id, incident_id, number, occurred_at, marker, text,"
                  + " author_id, recorded_by, source, recorded_at)"
                  + " VALUES ('T0BENCH', 1, ?, ?, 'NOTE', ?, 'U0BENCH001', 'U0BENCH001',"
                  + " 'COMMAND', ?)")) {
        int number = 0;
        number = insertFor(insert, connection, number, Duration.ofSeconds(1));
        long before = number;
        long started = System.nanoTime();
        number = insertFor(insert, connection, number, duration);
        return (number - before) / ((System.nanoTime() - started) / 1e9);
      }
    }
  }

  private static int insertFor(
      PreparedStatement insert, Connection connection, int number, Duration duration)
      throws SQLException {
    long until = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < until) {
      number++;
      long now = System.currentTimeMillis();
      insert.setInt(1, number);
      insert.setLong(2, now);
      insert.setString(3, "bench-floor-" + number + " rolled back the deploy");
      insert.setLong(4, now);
      insert.executeUpdate();
      connection.commit();
    }
    return number;
  }
}
