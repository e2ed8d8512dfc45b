package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scribe.actions.ReminderDue;
import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderKind;
import dev.scribe.outbox.OutboxEntry;
import dev.scribe.outbox.OutboxState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upgrading a database that has a reminder ledger: the reminders sent or given up that day move
 * into the outbox, so that nobody is reminded twice on the day of the upgrade.
 */
class RemindersMoveIntoTheOutboxTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", (Supplier<String>) TestDatabases::sqliteUrl),
        Arguments.of("postgresql", (Supplier<String>) TestDatabases::postgresUrl));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void sentAndFailedRemindersMoveOverAndTheLedgerGoes(String name, Supplier<String> newUrl) {
    String url = newUrl.get();
    Flyway before =
        Flyway.configure()
            .dataSource(url, null, null)
            .locations("classpath:db/migration")
            .placeholders(Map.of("id_primary_key", Database.vendorOf(url).idPrimaryKey()))
            .target("3")
            .load();
    before.migrate();
    Jdbi old = Jdbi.create(url);
    long claimed = Instant.parse("2026-11-24T08:05:00Z").toEpochMilli();
    old.useHandle(
        h -> {
          for (Object[] row :
              List.of(
                  new Object[] {"U1", "REMINDER", "SENT", "D1/1.000001", null},
                  new Object[] {"U2", "ESCALATION", "FAILED", null, "user_not_found"},
                  new Object[] {"U3", "REMINDER", "PENDING", null, "HTTP 503"})) {
            h.createUpdate(
                    """
                    INSERT INTO reminder_ledger (team_id, recipient_id, period, kind, state,
                        attempts, claimed_at, next_attempt_at, lease_until, message_ref, last_error)
                    VALUES ('T1', :recipient, '2026-11-24', :kind, :state, 1, :at, :at, NULL,
                            :ref, :error)
                    """)
                .bind("recipient", (String) row[0])
                .bind("kind", (String) row[1])
                .bind("state", (String) row[2])
                .bind("at", claimed)
                .bind("ref", (String) row[3])
                .bind("error", (String) row[4])
                .execute();
          }
        });

    try (Database upgraded = Database.open(url)) {
      JdbiOutbox outbox = new JdbiOutbox(upgraded.jdbi(), new JsonPayloadCodec(), () -> {});
      OutboxEntry sent =
          outbox.find("T1", ReminderDue.KIND, "U1/2026-11-24/reminder").orElseThrow();
      assertThat(sent.state()).isEqualTo(OutboxState.SENT);
      assertThat(sent.sent()).contains("D1/1.000001");
      assertThat(new JsonPayloadCodec().decode(sent.payload(), ReminderDue.class).key())
          .isEqualTo(
              new ReminderKey("T1", "U1", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER));
      assertThat(outbox.find("T1", ReminderDue.KIND, "U2/2026-11-24/escalation").orElseThrow())
          .satisfies(
              e -> {
                assertThat(e.state()).isEqualTo(OutboxState.FAILED);
                assertThat(e.lastError()).isEqualTo("user_not_found");
              });
      assertThat(outbox.find("T1", ReminderDue.KIND, "U3/2026-11-24/reminder"))
          .as("planned again by the next sweep")
          .isEmpty();

      ReminderDue again =
          new ReminderDue(
              new ReminderKey("T1", "U1", LocalDate.parse("2026-11-24"), ReminderKind.REMINDER),
              ZoneId.of("UTC"),
              List.of(),
              0);
      assertThat(
              outbox.enqueue(
                  ReminderDue.KIND.message("T1", "U1/2026-11-24/reminder", again),
                  Instant.parse("2026-11-24T10:00:00Z")))
          .as("the day's reminder is not owed twice")
          .isFalse();
      int ledgers =
          upgraded
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              upgraded.vendor() == Database.Vendor.SQLITE
                                  ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'reminder_ledger'"
                                  : "SELECT COUNT(*) FROM information_schema.tables"
                                      + " WHERE table_name = 'reminder_ledger'")
                          .mapTo(Integer.class)
                          .one());
      assertThat(ledgers).isZero();
    }
  }
}
