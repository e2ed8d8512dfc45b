package dev.scribe.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Real databases for tests: a fresh SQLite file, or a fresh database on one embedded PostgreSQL
 * server shared by the whole test run (starting the server takes seconds; a database,
 * milliseconds).
 */
public final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static Path sqliteRoot;

  private TestDatabases() {}

  public static Database sqlite() {
    return Database.open(sqliteUrl());
  }

  /** A fresh SQLite file's URL, for tests that open it more than once (a restart). */
  public static String sqliteUrl() {
    try {
      Path dir = Files.createTempDirectory(sqliteRoot(), "db");
      return "jdbc:sqlite:" + dir.resolve("scribe.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One folder for the run's SQLite files, removed when the test JVM exits: a full run makes
   * hundreds of them, and each left behind would slow every later SQLite start (the driver lists
   * the temporary folder at load).
   */
  private static synchronized Path sqliteRoot() throws IOException {
    if (sqliteRoot == null) {
      sqliteRoot = Files.createTempDirectory("scribe-test-dbs");
      Path root = sqliteRoot;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
    }
    return sqliteRoot;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // the JVM is exiting; what is left is in the temporary folder
    }
  }

  public static String postgresUrl() {
    String name = "scribe_test_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static Database postgres() {
    return Database.open(postgresUrl());
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stop));
    }
    return postgres;
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the server's temp directory is removed with it
    }
  }
}
