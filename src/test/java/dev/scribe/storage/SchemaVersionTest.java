package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Start-up skips Flyway only when the schema is exactly current: the migrations Scribe lists agree
 * with Flyway's own view, and anything short of every one of them applied runs Flyway.
 */
class SchemaVersionTest {

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
    void aMigratedDatabaseIsCurrentAndItsVersionIsFlywaysNewest() {
      try (Database db = open.get()) {
        var dataSource = db.dataSource();
        String flywaysNewest =
            Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info()
                .current()
                .getVersion()
                .getVersion();
        assertThat(SchemaVersion.newestMigration()).contains(flywaysNewest);
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
                        SchemaVersion.newestMigration().orElseThrow()));
        assertThat(SchemaVersion.isCurrent(db.dataSource())).isFalse();
      }
    }

    @Test
    void aDatabaseWithoutAMigrationBelowTheNewestIsNotCurrent() {
      try (Database db = open.get()) {
        List<String> carried = List.copyOf(SchemaVersion.migrations().orElseThrow());
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
                        SchemaVersion.newestMigration().orElseThrow()));
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
