package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The look for a retyped {@code /pm event}, run on every typed event, seeks its text in the index
 * on SQLite and PostgreSQL, so that it costs the same however many commands the person typed in the
 * channel lately (it used to read them all); and it still finds only the same text in full.
 */
class TypedCommandsQueryPlanTest {

  static final String SQL = JdbiTypedCommands.RECORDED_SINCE;
  static final long NOW = 1_795_000_000_000L;

  abstract static class On {
    private final Supplier<Database> open;
    Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void seed() {
      db = open.get();
      db.jdbi()
          .useHandle(
              h -> {
                long incident =
                    h.createQuery(
                            """
                            INSERT INTO incidents (team_id, channel_id, public_id, title, status,
                                                   declared_by, declared_at)
                            VALUES ('T1', 'C1', 'INC-1', 'x', 'OPEN', 'U1', 0) RETURNING id
                            """)
                        .mapTo(Long.class)
                        .one();
                for (int i = 1; i <= 500; i++) {
                  long event =
                      h.createQuery(
                              """
                              INSERT INTO timeline_events (team_id, incident_id, number, occurred_at,
                                  marker, text, recorded_by, source, recorded_at)
                              VALUES ('T1', :incident, :n, :at, 'NOTE', 'e', 'U1', 'COMMAND', :at)
                              RETURNING id
                              """)
                          .bind("incident", incident)
                          .bind("n", i)
                          .bind("at", NOW - i)
                          .mapTo(Long.class)
                          .one();
                  h.execute(
                      """
                      INSERT INTO typed_event_commands (team_id, channel_id, user_id, text,
                                                        event_id, received_at)
                      VALUES ('T1', 'C1', 'U1', ?, ?, ?)
                      """,
                      "event step " + i + " " + "x".repeat(120),
                      event,
                      NOW - i);
                }
                analyse(h);
              });
    }

    @AfterEach
    void close() {
      db.close();
    }

    abstract void analyse(Handle h);

    abstract List<String> plan(Handle h, String sql);

    abstract void assertSeeksTheText(List<String> plan);

    @Test
    void theTextIsSoughtInTheIndex() {
      List<String> plan = db.jdbi().withHandle(h -> plan(h, SQL));
      assertSeeksTheText(plan);
    }

    @Test
    void onlyTheSameFullTextIsARetype() {
      JdbiTypedCommands typed = new JdbiTypedCommands(db.jdbi());
      String seven = "event step 7 " + "x".repeat(120);
      assertThat(typed.recordedSince("T1", "C1", "U1", seven, java.time.Instant.ofEpochMilli(0)))
          .hasValueSatisfying(r -> assertThat(r.number()).isEqualTo(7));
      // Same first 100 characters, different ending: not a retype.
      assertThat(
              typed.recordedSince(
                  "T1", "C1", "U1", seven + " and more", java.time.Instant.ofEpochMilli(0)))
          .isEmpty();
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }

    @Override
    void analyse(Handle h) {
      h.execute("ANALYZE");
    }

    @Override
    List<String> plan(Handle h, String sql) {
      return bindLookUp(h.createQuery("EXPLAIN QUERY PLAN " + sql))
          .map((rs, ctx) -> rs.getString(4))
          .list();
    }

    @Override
    void assertSeeksTheText(List<String> plan) {
      assertThat(plan)
          .as(String.join("\n", plan))
          .anyMatch(
              line ->
                  line.contains("USING INDEX typed_event_commands_by_text")
                      && line.contains("user_id=? AND <expr>=?"));
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }

    @Override
    void analyse(Handle h) {
      h.execute("ANALYZE typed_event_commands");
      h.execute("ANALYZE timeline_events");
    }

    /** On tables this small sequential scans are priced out, to show what can serve at scale. */
    @Override
    List<String> plan(Handle h, String sql) {
      h.execute("SET enable_seqscan = off");
      return bindLookUp(h.createQuery("EXPLAIN " + sql)).map((rs, ctx) -> rs.getString(1)).list();
    }

    @Override
    void assertSeeksTheText(List<String> plan) {
      String all = String.join("\n", plan);
      assertThat(all).contains("typed_event_commands_by_text");
      assertThat(plan)
          .as(all)
          .anyMatch(line -> line.contains("Index Cond") && line.contains("substr"));
    }
  }

  /** The look-up's parameters, in order: someone's "event step 7" since the epoch. */
  private static Query bindLookUp(Query query) {
    return query
        .bind(0, "T1")
        .bind(1, "C1")
        .bind(2, "U1")
        .bind(3, "event step 7")
        .bind(4, 0L)
        .bind(5, "event step 7");
  }
}
