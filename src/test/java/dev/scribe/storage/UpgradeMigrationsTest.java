package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database written by Scribe before insights and reviews, brought up to date: the marker columns
 * filled from the events, facilitators and reviewers turned into user ids, the hand-set status
 * dropped — every replaced value kept in the field history.
 */
class UpgradeMigrationsTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<String>) TestDatabases::sqliteUrl),
        Arguments.of("postgresql", (Supplier<String>) TestDatabases::postgresUrl));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anOlderDatabaseIsBroughtUpToDate(String name, Supplier<String> url) {
    String jdbcUrl = url.get();
    Flyway.configure()
        .dataSource(jdbcUrl, null, null)
        .locations("classpath:db/migration")
        .placeholders(Map.of("id_primary_key", Database.vendorOf(jdbcUrl).idPrimaryKey()))
        .target("3")
        .load()
        .migrate();
    Jdbi old = Jdbi.create(jdbcUrl);
    old.useHandle(UpgradeMigrationsTest::writeAsBefore);

    try (Database db = Database.open(jdbcUrl)) {
      db.jdbi()
          .useHandle(
              h -> {
                assertThat(marker(h, "impact")).isEqualTo(1_000L);
                assertThat(marker(h, "ack")).isEqualTo(3_000L);
                assertThat(marker(h, "resolved")).isEqualTo(9_000L);
                assertThat(marker(h, "alert")).isNull();
                assertThat(field(h, 1, "facilitator")).containsExactly("U0KIM");
                assertThat(field(h, 2, "facilitator")).containsExactly("kim from payments");
                assertThat(field(h, 1, "reviewers")).isEmpty();
                assertThat(field(h, 1, "status")).isEmpty();
                assertThat(
                        h.createQuery(
                                "SELECT user_id FROM postmortem_reviewers WHERE incident_id = 1 ORDER BY position")
                            .mapTo(String.class)
                            .list())
                    .containsExactly("U0LEE", "U0SAM");
                assertThat(
                        h.createQuery("SELECT status FROM postmortems WHERE incident_id = 1")
                            .mapTo(String.class)
                            .one())
                    .isEqualTo("IN_REVIEW");
                assertThat(
                        h.createQuery(
                                "SELECT old_value FROM incident_field_history WHERE incident_id = 1 AND changed_by = 'scribe-migration' ORDER BY name")
                            .mapTo(String.class)
                            .list())
                    .containsExactly("<@U0KIM|kim>", "<@U0LEE|lee>, <@U0SAM|sam> and Bob", "final");
              });
      JdbiReviewRepository reviews = new JdbiReviewRepository(db.jdbi());
      assertThat(reviews.find("T1", 1).reviewers())
          .extracting(r -> r.askedBy())
          .containsOnly("U0DANA");
      assertThat(reviews.history("T1", 1))
          .singleElement()
          .satisfies(e -> assertThat(e.people()).containsExactly("U0LEE", "U0SAM"));
    }
  }

  private static Long marker(Handle h, String marker) {
    return h.createQuery("SELECT marker_" + marker + "_at FROM incidents WHERE id = 1")
        .map((rs, ctx) -> rs.getObject(1) == null ? null : rs.getLong(1))
        .one();
  }

  private static List<String> field(Handle h, long incident, String name) {
    return h.createQuery(
            "SELECT value FROM incident_fields WHERE incident_id = :id AND name = :name")
        .bind("id", incident)
        .bind("name", name)
        .mapTo(String.class)
        .list();
  }

  private static void writeAsBefore(Handle h) {
    for (int id = 1; id <= 2; id++) {
      h.execute(
          "INSERT INTO incidents (id, team_id, channel_id, public_id, title, status, declared_by, declared_at)"
              + " VALUES (?, 'T1', ?, ?, 'Outage', 'RESOLVED', 'U0DANA', 0)",
          id,
          "C" + id,
          "INC-2026-00" + id);
    }
    String event =
        "INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text, recorded_by,"
            + " source, recorded_at, deleted_at) VALUES ('T1', 1, ?, ?, ?, 'x', 'U0DANA', 'COMMAND', 0, ?)";
    h.execute(event, 1, 2_000L, "IMPACT", null);
    h.execute(event, 2, 1_000L, "IMPACT", null);
    h.execute(event, 3, 500L, "IMPACT", 50L); // deleted: does not count
    h.execute(event, 4, 3_000L, "ACK", null);
    h.execute(event, 5, 8_000L, "RESOLVED", null);
    h.execute(event, 6, 9_000L, "RESOLVED", null);
    String field =
        "INSERT INTO incident_fields (incident_id, team_id, name, value, updated_by, updated_at)"
            + " VALUES (?, 'T1', ?, ?, 'U0DANA', 100)";
    h.execute(field, 1, "facilitator", "<@U0KIM|kim>");
    h.execute(field, 2, "facilitator", "kim from payments");
    h.execute(field, 1, "reviewers", "<@U0LEE|lee>, <@U0SAM|sam> and Bob");
    h.execute(field, 1, "status", "final");
  }
}
