package dev.scribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.config.ConfigException;
import dev.scribe.config.ScribeConfig;
import dev.scribe.storage.Database;
import dev.scribe.storage.TestDatabases;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft} and {@code export} read a database that exists and never change it. */
class ReadCommandsTest {

  @TempDir Path dir;
  final CliRun cli = new CliRun();

  int run(Map<String, String> env, String... args) {
    return cli.run(env, args);
  }

  String stderr() {
    return cli.stderr();
  }

  String stdout() {
    return cli.stdout();
  }

  @Test
  void aMissingSqliteFileIsAOneLineErrorNamingThePathAndTheSetting() {
    Path missing = dir.resolve("typo.db").toAbsolutePath();

    int code = run(Map.of("DATABASE_URL", "jdbc:sqlite:" + missing), "export", "--channel", "C1");

    assertThat(code).isEqualTo(2);
    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines())
        .containsExactly(
            "scribe: reading jdbc:sqlite:" + missing,
            "scribe: DATABASE_URL is jdbc:sqlite:"
                + missing
                + ", but there is no SQLite database at "
                + missing
                + ". Set DATABASE_URL, or pass --database to draft and export.");
    assertThat(missing).doesNotExist();
  }

  @Test
  void databaseNamesAFileOrAUrlAndTheErrorSaysItCameFromTheOption() {
    Path missing = dir.resolve("nope.db").toAbsolutePath();

    assertThat(run(Map.of(), "draft", "--database", missing.toString(), "--channel", "C1"))
        .isEqualTo(2);
    assertThat(stderr()).contains("scribe: --database is jdbc:sqlite:" + missing + ", but");

    assertThat(run(Map.of(), "export", "--database", "jdbc:sqlite:" + missing, "--channel", "C1"))
        .isEqualTo(2);
    assertThat(stderr()).contains("there is no SQLite database at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void withoutDatabaseUrlTheMessageSaysTheDefaultWasUsed() {
    CliContext unset =
        new CliContext(
            Map.of(),
            Clock.systemUTC(),
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(OutputStream.nullOutputStream()));
    // Stands in for the default, jdbc:sqlite:scribe.db, which depends on the working folder.
    Path missing = dir.resolve("scribe.db").toAbsolutePath();
    ScribeConfig config =
        ScribeConfig.fromEnvironment(
            Map.of("DATABASE_URL", "jdbc:sqlite:" + missing), ScribeConfig.Needs.DATABASE);

    assertThatThrownBy(() -> unset.openToRead(config, new DatabaseOption()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "DATABASE_URL is not set, so Scribe uses jdbc:sqlite:" + missing + ", but there is no");
  }

  @Test
  void readingLeavesTheDatabaseFileAsItWas() throws Exception {
    Path file = dir.resolve("scribe.db").toAbsolutePath();
    Database.open("jdbc:sqlite:" + file).close();
    String before = sha256(file);

    assertThat(run(Map.of(), "export", "--database", file.toString(), "--channel", "C1"))
        .isEqualTo(1);

    assertThat(stderr()).endsWith("scribe: No incident was recorded in channel C1.\n");
    assertThat(sha256(file)).isEqualTo(before);
  }

  @Test
  void anOlderSchemaIsRefusedNotMigrated() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("old.db").toAbsolutePath();
    try (Database database = Database.open(url)) {
      // As a Scribe that knew only the first two migrations would have left it.
      database
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) > 2"));
    }

    assertThat(run(Map.of("DATABASE_URL", url), "export", "--channel", "C1")).isEqualTo(2);

    assertThat(stderr())
        .containsPattern(
            "has schema version 2 but this Scribe reads version (?:[3-9]|[1-9][0-9]+)\\b")
        .contains("run `scribe serve` once");
    try (Connection c = DriverManager.getConnection(url);
        ResultSet versions =
            c.createStatement().executeQuery("SELECT max(version) FROM flyway_schema_history")) {
      versions.next();
      assertThat(versions.getString(1)).as("nothing migrated it").isEqualTo("2");
    }
  }

  @Test
  void postgresqlIsReadOnlyTooAndAnEmptyDatabaseIsNotScribes() {
    String empty = TestDatabases.postgresUrl();
    assertThat(run(Map.of(), "export", "--database", empty, "--channel", "C1")).isEqualTo(2);
    assertThat(stderr()).contains("the PostgreSQL database has no Scribe tables");

    String url = TestDatabases.postgresUrl();
    Database.open(url).close();
    assertThat(run(Map.of(), "export", "--database", url, "--channel", "C1")).isEqualTo(1);
    assertThat(stderr()).endsWith("scribe: No incident was recorded in channel C1.\n");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
