package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Start-up skips Flyway only when the schema is exactly current: the migrations Scribe names are
 * the folder's and agree with Flyway's own view, and anything short of every one of them applied
 * runs Flyway.
 */
class SchemaVersionTest {

  /** SQL migrations, and Java ones (their classes, not their nested classes, share the folder). */
  private static final Pattern MIGRATION =
      Pattern.compile("V([0-9][0-9._]*)__[^/$]*\\.(sql|class)");

  @Test
  void theCarriedListIsWhatTheMigrationsFolderHolds() throws Exception {
    Set<String> inFolder = new TreeSet<>(SchemaVersion.VERSIONS);
    // Resources and compiled classes land in one folder, as in the jar.
    Path folder = Path.of(Database.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(f -> MIGRATION.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1).replace('_', '.'))
          .forEach(inFolder::add);
    }

    assertThat(inFolder).hasSizeGreaterThan(10);
    assertThat(SchemaVersion.CARRIED)
        .as("SchemaVersion.CARRIED must name every migration in db/migration, and no other")
        .containsExactlyElementsOf(inFolder);
  }

  @Test
  void versionsCompareAsFlywayOrdersThem() {
    assertThat(SchemaVersion.VERSIONS.compare("10", "9")).isPositive();
    assertThat(SchemaVersion.VERSIONS.compare("1.10", "1.9")).isPositive();
    assertThat(SchemaVersion.VERSIONS.compare("2", "2.0")).isZero();
  }

  abstract static class On {
    private final Supplier<Database> open;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @Test
    void aMigratedDatabaseIsCurrentAndHasWhatFlywayApplied() {
      try (Database db = open.get()) {
        var dataSource = db.dataSource();
        List<String> flywaysApplied =
            Stream.of(
                    Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .applied())
                .map(migration -> migration.getVersion().getVersion())
                .toList();
        assertThat(SchemaVersion.CARRIED).containsExactlyElementsOf(flywaysApplied);
        assertThat(SchemaVersion.isCurrent(dataSource)).isTrue();
      }
    }

    @Test
    void aDatabaseBehindTheNewestMigrationIsNotCurrent() {
      try (Database db = open.get()) {
        db.jdbi()
            .useHandle(
                h ->
                    h.execute(
                        "DELETE FROM flyway_schema_history WHERE version = ?",
                        SchemaVersion.CARRIED.last()));
        assertThat(SchemaVersion.isCurrent(db.dataSource())).isFalse();
      }
    }

    @Test
    void aDatabaseWithoutAMigrationBelowTheNewestIsNotCurrent() {
      try (Database db = open.get()) {
        List<String> carried = List.copyOf(SchemaVersion.CARRIED);
        assertThat(carried).hasSizeGreaterThan(1);
        String older = carried.get(carried.size() - 2);
        db.jdbi()
            .useHandle(
                h -> h.execute("DELETE FROM flyway_schema_history WHERE version = ?", older));
        assertThat(SchemaVersion.isCurrent(db.dataSource())).isFalse();
      }
    }

    @Test
    void aFailedMigrationIsNotCurrent() {
      try (Database db = open.get()) {
        db.jdbi()
            .useHandle(
                h ->
                    h.execute(
                        "UPDATE flyway_schema_history SET success = ? WHERE version = ?",
                        false,
                        SchemaVersion.CARRIED.last()));
        assertThat(SchemaVersion.isCurrent(db.dataSource())).isFalse();
      }
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
