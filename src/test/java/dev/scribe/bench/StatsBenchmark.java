package dev.scribe.bench;

import dev.scribe.incident.IncidentField;
import dev.scribe.insights.ActionCounts;
import dev.scribe.insights.Grouping;
import dev.scribe.insights.IncidentStatsSource;
import dev.scribe.insights.IncidentTimes;
import dev.scribe.insights.MetricStats;
import dev.scribe.insights.Period;
import dev.scribe.insights.StatsQuery;
import dev.scribe.insights.StatsReport;
import dev.scribe.insights.StatsService;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiIncidentStats;
import dev.scribe.storage.TestDatabases;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@code /pm stats} over 10,000 and 100,000 incidents of one workspace (ten events each, so up to a
 * million events, plus another workspace's incidents that must not be read), against two floors
 * measured in the same run on the same database:
 *
 * <ul>
 *   <li><b>scan</b>: the same rows (the period's incidents with their marker columns) read with
 *       plain JDBC, every column touched, nothing computed — what any stats must at least pay;
 *   <li><b>group-by</b>: the earliest/latest time per incident and marker computed from the events
 *       by {@code MIN/MAX … GROUP BY} on the covering index — what stats would cost without the
 *       per-incident table.
 * </ul>
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.scribe.bench.StatsBenchmark} (optionally {@code -Dexec.args="100000
 * postgres"}).
 */
public final class StatsBenchmark {

  private static final String TEAM = "T0BENCH";
  private static final String OTHER = "T0OTHER";
  private static final int RUNS = 7;
  private static final int EVENTS_PER_INCIDENT = 10;
  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  private static final long DAY = 86_400_000L;
  private static final String[] MARKERS = {
    "IMPACT", "ALERT", "ACK", "INVESTIGATING", "CAUSE", "FIX", "RESTORED", "RESOLVED"
  };

  private StatsBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    boolean postgres = false;
    for (String a : args) {
      if (a.equalsIgnoreCase("postgres")) {
        postgres = true;
      } else {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    Supplier<Database> open = postgres ? TestDatabases::postgres : StatsBenchmark::sqlite;
    System.out.println("Times in ms, CPU / wall-clock, medians of " + RUNS + " runs.");
    System.out.println(
        "| incidents | events | seed (s) | stats | by service | scan floor | stats / scan (CPU) |"
            + " group-by floor | one pass only |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    try (Database warm = open.get()) {
      seed(warm, 10_000);
      measure(warm, 10_000, 0);
    }
    for (int n : sizes) {
      try (Database db = open.get()) {
        long start = System.nanoTime();
        seed(db, n);
        measure(db, n, (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static Database sqlite() {
    return Database.open(
        "jdbc:sqlite:" + BenchFolders.removedAtExit("scribe-stats-bench").resolve("bench.db"));
  }

  private static void measure(Database db, int n, double seedSeconds) throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    StatsService stats = new StatsService(new JdbiIncidentStats(db.jdbi()), clock);
    StatsQuery all = stats.query("all", ZoneOffset.UTC);
    StatsQuery byService = new StatsQuery(all.period(), Grouping.SERVICE);
    List<IncidentTimes> rows = new ArrayList<>();
    new JdbiIncidentStats(db.jdbi()).incidents(TEAM, all.period(), Optional.empty(), rows::add);
    StatsService inMemory = new StatsService(new CachedSource(rows), clock);
    Timings full = new Timings();
    Timings grouped = new Timings();
    Timings scan = new Timings();
    Timings groupBy = new Timings();
    Timings compute = new Timings();
    StatsReport[] report = new StatsReport[1];
    for (int run = 0; run < RUNS; run++) {
      full.time(() -> report[0] = stats.stats(TEAM, all));
      grouped.time(() -> stats.stats(TEAM, byService));
      long[] scanned = new long[1];
      scan.time(() -> scanned[0] = scan(db, all));
      long[] lines = new long[1];
      groupBy.time(() -> lines[0] = groupBy(db));
      compute.time(() -> inMemory.stats(TEAM, all));
      if (scanned[0] != n || report[0].all().incidents() != n || lines[0] < n) {
        throw new IllegalStateException(
            "read "
                + scanned[0]
                + " rows, counted "
                + report[0].all().incidents()
                + ", expected "
                + n);
      }
    }
    if (seedSeconds == 0) {
      return; // the warm-up round
    }
    System.out.printf(
        Locale.ROOT,
        "| %,d | %,d | %.1f | **%s** | %s | %s | %.1f× | %s | %s |%n",
        n,
        (long) n * EVENTS_PER_INCIDENT,
        seedSeconds,
        full,
        grouped,
        scan,
        full.cpu() / scan.cpu(),
        groupBy,
        compute);
    MetricStats detect = report[0].all().metrics().get(0);
    System.out.println(
        "  time to detect: "
            + detect.recorded()
            + " of "
            + detect.incidents()
            + ", median "
            + detect.values().median()
            + ", p90 "
            + detect.values().p90()
            + "; incidents to fix: "
            + report[0].toFix().size());
  }

  /**
   * Wall-clock and CPU time of repeated runs; medians. CPU time is the fair figure on a busy
   * machine.
   */
  private static final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<Double> wall = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();

    void time(ThrowingRunnable work) throws Exception {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      work.run();
      wall.add((System.nanoTime() - wall0) / 1e6);
      cpu.add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6);
    }

    double cpu() {
      return median(cpu);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.0f / %.0f", median(cpu), median(wall));
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** The same rows as the stats query, read with plain JDBC: every column, nothing built. */
  private static long scan(Database db, StatsQuery q) throws SQLException {
    return db.jdbi()
        .withHandle(
            h -> {
              Connection c = h.getConnection();
              try (PreparedStatement s =
                  c.prepareStatement(
                      """
                      SELECT i.id, i.public_id, i.channel_id, i.severity, i.status,
                             i.marker_impact_at, i.marker_alert_at, i.marker_ack_at,
                             i.marker_investigating_at, i.marker_cause_at, i.marker_fix_at,
                             i.marker_restored_at, i.marker_resolved_at
                      FROM incidents i
                      WHERE i.team_id = ? AND i.declared_at >= ? AND i.declared_at < ?
                      ORDER BY i.declared_at, i.id
                      """)) {
                s.setString(1, TEAM);
                s.setLong(2, q.period().from().toEpochMilli());
                s.setLong(3, q.period().until().toEpochMilli());
                long rows = 0;
                long sink = 0;
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    rows++;
                    sink += rs.getLong(1) + rs.getString(2).length() + rs.getString(3).length();
                    sink += rs.getInt(4) + rs.getString(5).length();
                    for (int col = 6; col <= 13; col++) {
                      sink += rs.getLong(col);
                    }
                  }
                }
                return sink == 42 ? rows + 1 : rows;
              }
            });
  }

  /** The marker times computed from the events instead: one line per incident and marker. */
  private static long groupBy(Database db) throws SQLException {
    return db.jdbi()
        .withHandle(
            h -> {
              try (PreparedStatement s =
                  h.getConnection()
                      .prepareStatement(
                          """
                          SELECT incident_id, marker, MIN(occurred_at), MAX(occurred_at)
                          FROM timeline_events
                          WHERE team_id = ? AND deleted_at IS NULL AND marker <> 'NOTE'
                          GROUP BY incident_id, marker
                          """)) {
                s.setString(1, TEAM);
                long lines = 0;
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    lines += rs.getLong(3) > 0 ? 1 : 0;
                  }
                }
                return lines;
              }
            });
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /**
   * {@code n} incidents of the benchmarked workspace over two years and a tenth as many of another;
   * ten events each (the markers, some missing or out of order, and two notes), their marker times
   * as the timeline repository keeps it, a services field on every third, and action items on every
   * fifth.
   */
  private static void seed(Database db, int n) {
    Random random = new Random(42);
    db.jdbi()
        .useTransaction(
            h -> {
              PreparedBatch incidents =
                  h.prepareBatch(
                      """
                      INSERT INTO incidents (id, team_id, channel_id, public_id, title, severity, status,
                          declared_by, declared_at, last_event_number, marker_impact_at, marker_alert_at,
                          marker_ack_at, marker_investigating_at, marker_cause_at, marker_fix_at,
                          marker_restored_at, marker_resolved_at)
                      VALUES (:id, :team, :channel, :publicId, 'Incident', :severity, :status, 'U1', :at, 10,
                              :t0, :t1, :t2, :t3, :t4, :t5, :t6, :t7)
                      """);
              PreparedBatch events =
                  h.prepareBatch(
                      """
                      INSERT INTO timeline_events (team_id, incident_id, number, occurred_at, marker, text,
                                                   recorded_by, source, recorded_at)
                      VALUES (:team, :incident, :number, :at, :marker, 'event text', 'U1', 'COMMAND', :at)
                      """);
              int total = total(n);
              for (int id = 1; id <= total; id++) {
                String team = id % 11 == 0 ? OTHER : TEAM;
                // Declared in id order, as Scribe numbers them, over the last 700 days.
                long declared = NOW.toEpochMilli() - 700 * DAY + (700 * DAY / total) * id;
                Long[] markers = seedEvents(events, team, id, declared, random);
                incidents
                    .bind("id", id)
                    .bind("team", team)
                    .bind("channel", "C" + id)
                    .bind("publicId", "INC-" + id)
                    .bind("severity", 1 + random.nextInt(5))
                    .bind("status", random.nextInt(50) == 0 ? "OPEN" : "RESOLVED")
                    .bind("at", declared);
                for (int m = 0; m < MARKERS.length; m++) {
                  incidents.bind("t" + m, markers[m]);
                }
                incidents.add();
                if (id % 10_000 == 0) {
                  incidents.execute();
                  events.execute();
                }
              }
              incidents.execute();
              events.execute();
              fieldsAndActions(h, n);
            });
  }

  /** The incident's events; returns its marker times as the timeline repository keeps them. */
  private static Long[] seedEvents(
      PreparedBatch events, String team, int id, long declared, Random r) {
    Long[] at = new Long[MARKERS.length];
    long t = declared - r.nextInt(30) * 60_000L;
    for (int m = 0; m < MARKERS.length; m++) {
      t += (long) (60_000 * Math.exp(r.nextGaussian() * 1.2 + 2));
      boolean missing = (m == 1 && r.nextInt(10) == 0) || (m == 4 && r.nextInt(5) == 0);
      // One in fifty alerts is recorded before the impact it belongs to.
      long when = m == 1 && r.nextInt(50) == 0 ? at[0] - 120_000 : t;
      if (!missing) {
        at[m] = when;
      }
    }
    int number = 0;
    for (int m = 0; m < MARKERS.length; m++) {
      long when = at[m] == null ? t : at[m];
      String marker = at[m] == null ? "NOTE" : MARKERS[m];
      events
          .bind("team", team)
          .bind("incident", id)
          .bind("number", ++number)
          .bind("at", when)
          .bind("marker", marker)
          .add();
    }
    for (int k = 0; k < EVENTS_PER_INCIDENT - MARKERS.length; k++) {
      events
          .bind("team", team)
          .bind("incident", id)
          .bind("number", ++number)
          .bind("at", t + k)
          .bind("marker", "NOTE")
          .add();
    }
    return at;
  }

  /** Every eleventh incident is the other workspace's: n of ours, n / 10 of theirs. */
  private static int total(int n) {
    if (n % 10 != 0) {
      throw new IllegalArgumentException("give a multiple of 10 incidents: " + n);
    }
    return n / 10 * 11;
  }

  private static void fieldsAndActions(Handle h, int n) {
    PreparedBatch fields =
        h.prepareBatch(
            """
            INSERT INTO incident_fields (incident_id, team_id, name, value, updated_by, updated_at)
            VALUES (:id, :team, 'services', :value, 'U1', 0)
            """);
    PreparedBatch actions =
        h.prepareBatch(
            """
            INSERT INTO action_items (team_id, incident_id, number, text, due_date, priority, kind,
                                      status, created_by, created_at)
            VALUES (:team, :id, 1, 'Fix it', :due, 'MEDIUM', 'SHORT_TERM', :status, 'U1', 0)
            """);
    for (int id = 1; id <= total(n); id++) {
      if (id % 11 == 0) {
        continue;
      }
      if (id % 3 == 0) {
        fields
            .bind("id", id)
            .bind("team", TEAM)
            .bind("value", "svc-" + (id % 40) + ", svc-" + (id % 7))
            .add();
      }
      if (id % 5 == 0) {
        actions
            .bind("team", TEAM)
            .bind("id", id)
            .bind("due", id % 2 == 0 ? "2026-10-01" : "2027-01-01")
            .bind("status", id % 3 == 0 ? "DONE" : "OPEN")
            .add();
      }
    }
    fields.execute();
    actions.execute();
  }

  /** The rows already read: to time the one pass alone. */
  private record CachedSource(List<IncidentTimes> rows) implements IncidentStatsSource {
    @Override
    public void incidents(
        String teamId, Period period, Optional<IncidentField> field, Consumer<IncidentTimes> each) {
      rows.forEach(each);
    }

    @Override
    public Map<Long, ActionCounts> openActions(String teamId, Period period, LocalDate today) {
      return Map.of();
    }

    @Override
    public List<String> workspaces() {
      return List.of(TEAM);
    }
  }
}
