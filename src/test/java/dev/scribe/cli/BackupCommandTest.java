package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scribe backup FILE}: a consistent copy of the SQLite database while Scribe writes. */
class BackupCommandTest {

  @TempDir Path dir;
  final CliRun cli = new CliRun();

  int run(Map<String, String> env, String... args) {
    return cli.run(env, args);
  }

  String stdout() {
    return cli.stdout();
  }

  String stderr() {
    return cli.stderr();
  }

  Map<String, String> sqliteAt(Path file) {
    return Map.of("DATABASE_URL", "jdbc:sqlite:" + file);
  }

  @Test
  void aBackupTakenWhileAnotherThreadWritesHoldsEveryRowCommittedBeforeItStarted()
      throws Exception {
    Path live = dir.resolve("scribe.db");
    Path backup = dir.resolve("backup.db");
    try (Database database = Database.open("jdbc:sqlite:" + live)) {
      database
          .jdbi()
          .useHandle(h -> h.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT)"));
      AtomicLong committed = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      String body = "x".repeat(1_000);
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                for (long id = 1; !stop.get(); id++) {
                  long row = id;
                  database
                      .jdbi()
                      .useHandle(h -> h.execute("INSERT INTO probe VALUES (?, ?)", row, body));
                  committed.set(row);
                }
              });
      while (committed.get() < 1_000) {
        Thread.sleep(10);
      }

      long before = committed.get();
      int code = run(sqliteAt(live), "backup", backup.toString());
      long after = committed.get();
      for (int i = 0; i < 1_000 && committed.get() <= after; i++) {
        Thread.sleep(10);
      }
      stop.set(true);
      writer.get(30, TimeUnit.SECONDS);

      assertThat(code).as(this::stderr).isZero();
      assertThat(stdout())
          .startsWith("Backed up " + live + " to " + backup)
          .contains("integrity check ok");
      assertThat(committed.get()).as("the writer kept writing").isGreaterThan(after);
      try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
          Statement sql = copy.createStatement()) {
        assertThat(single(sql, "PRAGMA integrity_check")).isEqualTo("ok");
        long rows = Long.parseLong(single(sql, "SELECT COUNT(*) FROM probe"));
        long highest = Long.parseLong(single(sql, "SELECT MAX(id) FROM probe"));
        assertThat(rows)
            .as("every row committed before the backup began")
            .isGreaterThanOrEqualTo(before);
        assertThat(highest).as("one instant: rows 1…n, no gap").isEqualTo(rows);
        assertThat(single(sql, "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
            .isNotEqualTo("0");
      }
    }
    try (Database restored = Database.open("jdbc:sqlite:" + backup)) {
      assertThat(restored.isHealthy()).as("the copy opens as Scribe's database").isTrue();
    }
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws Exception {
    Path live = dir.resolve("scribe.db");
    Database.open("jdbc:sqlite:" + live).close();
    Path backup = Files.writeString(dir.resolve("backup.db"), "last week's backup");

    assertThat(run(sqliteAt(live), "backup", backup.toString())).isEqualTo(1);
    assertThat(stderr().strip())
        .isEqualTo("scribe: " + backup + " already exists; pass --force to replace it.");
    assertThat(backup).hasContent("last week's backup");

    assertThat(run(sqliteAt(live), "backup", "--force", backup.toString()))
        .as(this::stderr)
        .isZero();
    try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
        Statement sql = copy.createStatement()) {
      assertThat(single(sql, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(single(sql, "SELECT COUNT(*) FROM incidents")).isEqualTo("0");
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void theDatabaseItselfIsNeverTheTarget() {
    Path live = dir.resolve("scribe.db");
    Database.open("jdbc:sqlite:" + live).close();

    for (String target : new String[] {live.toString(), live + "-wal"}) {
      assertThat(run(sqliteAt(live), "backup", "--force", target)).isEqualTo(1);
      assertThat(stderr()).contains("is the database itself");
    }
  }

  @Test
  void postgreSqlIsPointedToPgDump() {
    Path backup = dir.resolve("backup.db");

    int code =
        run(
            Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/scribe"),
            "backup",
            backup.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip().lines()).hasSize(1);
    assertThat(stderr()).contains("PostgreSQL").contains("pg_dump");
    assertThat(backup).doesNotExist();
  }

  @Test
  void noDatabaseIsAnErrorAndCreatesNone() {
    Path missing = dir.resolve("missing.db");

    assertThat(run(sqliteAt(missing), "backup", dir.resolve("backup.db").toString())).isEqualTo(1);

    assertThat(stderr().strip())
        .isEqualTo(
            "scribe: there is no database at "
                + missing
                + " (DATABASE_URL=jdbc:sqlite:"
                + missing
                + "): nothing to back up.");
    assertThat(missing).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void helpListsTheCommand() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(stdout()).contains("backup");
    assertThat(run(Map.of(), "backup", "--help")).isZero();
    assertThat(stdout()).contains("FILE").contains("--force").contains("pg_dump");
  }

  private List<Path> leftovers() throws Exception {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
    }
  }

  private static String single(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      assertThat(result.next()).as(query).isTrue();
      return result.getString(1);
    }
  }
}
