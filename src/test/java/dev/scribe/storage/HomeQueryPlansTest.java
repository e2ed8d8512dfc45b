package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * App Home's and the shortcut's queries, as written in their DAOs, read a range of an index on
 * SQLite and PostgreSQL: with many workspaces and incidents, a page costs the rows it shows, not
 * the tables. The plans are asked with EXPLAIN over seeded, analysed tables.
 */
class HomeQueryPlansTest {

  static final int TEAMS = 40;
  static final int INCIDENTS_PER_TEAM = 60;

  /** Parameters of every query, by name. */
  static final Map<String, Object> PARAMS =
      Map.of(
          "teamId",
          "T7",
          "userId",
          "U3",
          "limit",
          10,
          "offset",
          0,
          "since",
          0L,
          "incidentId",
          5L,
          "channelId",
          "C5",
          "ts",
          "1795293480.000100");

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class On {
    private final Supplier<Database> open;
    Database db;

    On(Supplier<Database> open) {
      this.open = open;
    }

    abstract String explain(String sql);

    /** Settings for the planner, on the handle that explains. */
    void prepare(Handle h) {}

    /** The plan reads {@code table} through one of {@code indexes}, and never scans it whole. */
    abstract void assertUses(List<String> plan, String table, String... indexes);

    @BeforeAll
    void seed() {
      db = open.get();
      db.jdbi().useHandle(HomeQueryPlansTest::seed);
    }

    @AfterAll
    void close() {
      db.close();
    }

    List<String> plan(Class<?> dao, String method) {
      String sql = sqlOf(dao, method);
      return db.jdbi()
          .withHandle(
              h -> {
                prepare(h);
                Query q = h.createQuery(explain(sql));
                PARAMS.forEach((name, value) -> bindIfUsed(q, sql, name, value));
                return q.map((rs, ctx) -> rs.getString(explainColumn())).list();
              });
    }

    /** The plan's text column: SQLite's {@code detail}, PostgreSQL's only column. */
    abstract int explainColumn();

    @Test
    void myOpenItems() {
      List<String> plan = plan(HomeDao.class, "openItemsOwnedBy");
      assertUses(plan, "action_items", "action_items_open_by_owner");
      assertUses(
          plan(HomeDao.class, "countOpenItemsOwnedBy"),
          "action_items",
          "action_items_open_by_owner");
    }

    @Test
    void openIncidentsWithTheirLatestEvent() {
      List<String> plan = plan(HomeDao.class, "openIncidents");
      assertUses(plan, "incidents", "incidents_open_by_team");
      assertUses(plan, "timeline_events", "timeline_by_incident");
      assertUses(
          plan(HomeDao.class, "countOpenIncidents"),
          "incidents",
          "incidents_open_by_team",
          "incidents_one_open_per_channel");
    }

    @Test
    void postmortemsDue() {
      assertUses(
          plan(HomeDao.class, "resolvedNotFinal"), "incidents", "incidents_resolved_by_team");
      // A count reads the team's range of any team-first index; all are bounded by the team's
      // incidents.
      assertUses(
          plan(HomeDao.class, "countResolvedNotFinal"),
          "incidents",
          "incidents_resolved_by_team",
          "incidents_by_channel",
          "incidents_by_declared");
    }

    @Test
    void recentViewers() {
      assertUses(plan(HomeDao.class, "openedSince"), "home_viewers", "home_viewers_recent");
    }

    @Test
    void theShortcutsIncidents() {
      assertUses(plan(IncidentDao.class, "openNewestFirst"), "incidents", "incidents_open_by_team");
      assertUses(
          plan(IncidentDao.class, "resolvedSince"), "incidents", "incidents_resolved_by_team");
    }

    @Test
    void actionItemsWaitingForTheirMessage() {
      assertUses(
          plan(MessageItemDao.class, "awaitingMessage"), "action_items", "action_items_to_enrich");
    }
  }

  @Nested
  class Sqlite extends On {
    Sqlite() {
      super(TestDatabases::sqlite);
    }

    @Override
    String explain(String sql) {
      return "EXPLAIN QUERY PLAN " + sql;
    }

    @Override
    int explainColumn() {
      return 4; // id, parent, notused, detail
    }

    @Override
    void assertUses(List<String> plan, String table, String... indexes) {
      assertThat(plan)
          .as(String.join("\n", plan))
          .anyMatch(line -> Arrays.stream(indexes).anyMatch(line::contains));
      assertThat(plan)
          .as(String.join("\n", plan))
          .noneMatch(line -> line.matches("SCAN " + table + "( [a-z])?"));
    }
  }

  @Nested
  class Postgres extends On {
    Postgres() {
      super(TestDatabases::postgres);
    }

    @Override
    String explain(String sql) {
      return "EXPLAIN " + sql;
    }

    /**
     * On tables this small PostgreSQL rightly prefers reading a few pages whole; with sequential
     * scans priced out, the plan shows whether an index can serve the query, as it must at scale.
     */
    @Override
    void prepare(Handle h) {
      h.execute("SET enable_seqscan = off");
    }

    @Override
    int explainColumn() {
      return 1;
    }

    @Override
    void assertUses(List<String> plan, String table, String... indexes) {
      assertThat(plan)
          .as(String.join("\n", plan))
          .anyMatch(line -> Arrays.stream(indexes).anyMatch(line::contains));
      assertThat(plan)
          .as(String.join("\n", plan))
          .noneMatch(line -> line.contains("Seq Scan on " + table));
    }
  }

  private static String sqlOf(Class<?> dao, String name) {
    for (Method m : dao.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.isAnnotationPresent(SqlQuery.class)) {
        return m.getAnnotation(SqlQuery.class).value();
      }
    }
    throw new IllegalArgumentException("no @SqlQuery " + name + " in " + dao.getSimpleName());
  }

  private static void bindIfUsed(Query q, String sql, String name, Object value) {
    if (sql.matches("(?s).*:" + name + "\\b.*")) {
      q.bind(name, value);
    }
  }

  /** Many workspaces, each with open and resolved incidents, events, items and viewers. */
  private static void seed(Handle h) {
    long at = 1_795_000_000_000L;
    for (int t = 0; t < TEAMS; t++) {
      String team = "T" + t;
      for (int n = 0; n < INCIDENTS_PER_TEAM; n++) {
        boolean open = n % 4 == 0;
        long id =
            h.createQuery(
                    """
                    INSERT INTO incidents (team_id, channel_id, public_id, title, status, declared_by,
                                           declared_at, resolved_at)
                    VALUES (:team, :channel, :publicId, 'x', :status, 'U1', :at, :resolved)
                    RETURNING id
                    """)
                .bind("team", team)
                .bind("channel", "C" + n)
                .bind("publicId", "INC-" + n)
                .bind("status", open ? "OPEN" : "RESOLVED")
                .bind("at", at + n)
                .bind("resolved", open ? null : at + n + 1000)
                .mapTo(Long.class)
                .one();
        for (int e = 1; e <= 3; e++) {
          h.execute(
              """
              INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text,
                                           recorded_by, source, recorded_at)
              VALUES (?, ?, ?, ?, 'NOTE', 'e', 'U1', 'COMMAND', ?)
              """,
              team,
              id,
              e,
              at + e,
              at + e);
          h.execute(
              """
              INSERT INTO action_items (team_id, incident_id, number, text, owner_id, due_date,
                                        priority, kind, status, created_by, created_at)
              VALUES (?, ?, ?, 'a', ?, '2026-12-01', 'MEDIUM', 'SHORT_TERM', ?, 'U1', ?)
              """,
              team,
              id,
              e,
              "U" + (n % 10),
              e == 3 ? "DONE" : "OPEN",
              at);
        }
        h.execute(
            "INSERT INTO postmortems (incident_id, team_id, status, version) VALUES (?, ?, ?, 1)",
            id,
            team,
            n % 3 == 0 ? "FINAL" : "IN_REVIEW");
      }
      for (int u = 0; u < 30; u++) {
        h.execute(
            "INSERT INTO home_viewers (team_id, user_id, opened_at) VALUES (?, ?, ?)",
            team,
            "U" + u,
            at + u);
      }
    }
    h.execute("ANALYZE");
  }
}
