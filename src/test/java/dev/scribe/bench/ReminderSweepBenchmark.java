package dev.scribe.bench;

import dev.scribe.actions.ReminderKey;
import dev.scribe.actions.ReminderMessage;
import dev.scribe.actions.ReminderNotifier;
import dev.scribe.actions.ReminderSender;
import dev.scribe.actions.ReminderSettings;
import dev.scribe.actions.ReminderSweep;
import dev.scribe.common.UserDirectory;
import dev.scribe.outbox.Delivery;
import dev.scribe.outbox.Lookup;
import dev.scribe.outbox.OutboxDelivery;
import dev.scribe.storage.Database;
import dev.scribe.storage.JdbiActionItemRepository;
import dev.scribe.storage.JdbiOutbox;
import dev.scribe.storage.JdbiTransactor;
import dev.scribe.storage.JsonPayloadCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The reminder sweep on SQLite over 10k, 100k and 1M action items, always 1,000 of them overdue
 * among 300 owners: a sweep's cost should follow the overdue items, not the table. A sweep here is
 * what {@code scribe remind} does: plan and enqueue, then deliver from the outbox (to a notifier
 * that only counts).
 *
 * <p>Run: {@code mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.scribe.bench.ReminderSweepBenchmark} (optionally {@code -Dexec.args="10000
 * 100000"}).
 */
public final class ReminderSweepBenchmark {

  private static final int OVERDUE = 1_000;
  private static final int OWNERS = 300;
  private static final int ITEMS_PER_INCIDENT = 20;
  private static final int RUNS = 5;
  private static final String TEAM = "T0BENCH";
  // Tuesday 2026-11-24, 09:05 in Paris.
  private static final Instant NOW = Instant.parse("2026-11-24T08:05:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

  private ReminderSweepBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000, 1_000_000);
    }
    System.out.println(
        "| items | overdue | owners | seed (s) | sweep, first (ms, median of "
            + RUNS
            + ") | sweep, repeat (ms) | overdue query (ms) | messages |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    warmUp();
    String plan = "";
    for (int total : sizes) {
      Path dir = BenchFolders.removedAtExit("scribe-bench");
      try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
        long seedStart = System.nanoTime();
        seed(db, total);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Result r = measure(db);
        System.out.printf(
            Locale.ROOT,
            "| %,d | %,d | %d | %.1f | %.0f | %.0f | %.1f | %d |%n",
            total,
            OVERDUE,
            OWNERS,
            seedSeconds,
            r.firstMillis,
            r.repeatMillis,
            r.queryMillis,
            r.messages);
        plan = explain(db);
      }
    }
    System.out.println();
    System.out.println("EXPLAIN QUERY PLAN (largest table):");
    System.out.println(plan);
  }

  /** One unrecorded round, so that JIT compilation is not billed to the first size. */
  private static void warmUp() throws Exception {
    Path dir = BenchFolders.removedAtExit("scribe-bench");
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("warmup.db"))) {
      seed(db, 10_000);
      measure(db);
    }
  }

  private record Result(
      double firstMillis, double repeatMillis, double queryMillis, int messages) {}

  private static Result measure(Database db) {
    JdbiActionItemRepository items = new JdbiActionItemRepository(db.jdbi());
    Counting notifier = new Counting();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    JsonPayloadCodec codec = new JsonPayloadCodec();
    JdbiOutbox outbox = new JdbiOutbox(db.jdbi(), codec, () -> {});
    JdbiTransactor transactor = new JdbiTransactor(db.jdbi());
    ReminderSweep planner =
        new ReminderSweep(
            items, outbox, transactor, new Paris(), ReminderSettings.defaults(), clock);
    OutboxDelivery delivery =
        new OutboxDelivery(
            outbox, List.of(new ReminderSender(items, notifier, clock)), codec, transactor, clock);
    Runnable sweep =
        () -> {
          planner.run();
          delivery.deliverDue();
        };
    List<Double> first = new ArrayList<>();
    List<Double> repeat = new ArrayList<>();
    List<Double> query = new ArrayList<>();
    int messages = 0;
    for (int run = 0; run < RUNS; run++) {
      db.jdbi().useHandle(h -> h.execute("DELETE FROM outbox"));
      notifier.sent.set(0);
      first.add(millis(sweep));
      messages = notifier.sent.get();
      repeat.add(millis(sweep));
      query.add(millis(() -> items.openDueBeforeInAllWorkspaces(TODAY.plusDays(1))));
    }
    return new Result(median(first), median(repeat), median(query), messages);
  }

  private static double millis(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /**
   * 1,000 open items 1–10 days overdue; the rest done (with past due dates), open and due later, or
   * open without a due date.
   */
  private static void seed(Database db, int total) {
    Random random = new Random(42);
    int incidents = Math.max(1, total / ITEMS_PER_INCIDENT);
    db.jdbi()
        .useTransaction(
            h -> {
              PreparedBatch inc =
                  h.prepareBatch(
                      """
          INSERT INTO incidents (id, team_id, channel_id, public_id, title, status, owner_id, declared_by,
                                 declared_at, last_action_number)
          VALUES (:id, :team, :channel, :publicId, 'Incident', 'RESOLVED', :owner, :owner, 0, :last)
          """);
              for (int i = 1; i <= incidents; i++) {
                inc.bind("id", i)
                    .bind("team", TEAM)
                    .bind("channel", "C" + i)
                    .bind("publicId", "INC-2026-" + i)
                    .bind("owner", "UCMD" + (i % 47))
                    .bind("last", ITEMS_PER_INCIDENT)
                    .add();
              }
              inc.execute();
              insertItems(h, total, incidents, random);
            });
    // No ANALYZE: deployed databases rarely have statistics, and the plan must not depend on them.
  }

  private static void insertItems(Handle h, int total, int incidents, Random random) {
    PreparedBatch batch =
        h.prepareBatch(
            """
        INSERT INTO action_items (team_id, incident_id, number, text, owner_id, due_date, priority, kind,
                                  status, created_by, created_at)
        VALUES (:team, :incident, :number, 'Do the thing', :owner, :due, 'MEDIUM', 'SHORT_TERM', :status, 'U0', 0)
        """);
    for (int n = 0; n < total; n++) {
      String status;
      LocalDate due;
      if (n % (total / OVERDUE) == 0 && n / (total / OVERDUE) < OVERDUE) {
        status = "OPEN";
        due = TODAY.minusDays(1 + random.nextInt(10));
      } else {
        int kind = random.nextInt(10);
        status = kind < 5 ? "DONE" : "OPEN";
        due =
            kind < 5
                ? TODAY.minusDays(1 + random.nextInt(700))
                : kind < 8 ? TODAY.plusDays(1 + random.nextInt(300)) : null;
      }
      int overdueIndex = n / (total / OVERDUE);
      String owner =
          "OPEN".equals(status) && due != null && due.isBefore(TODAY)
              ? "U" + (overdueIndex % OWNERS)
              : "U" + (n % OWNERS);
      batch
          .bind("team", TEAM)
          .bind("incident", 1 + n % incidents)
          .bind("number", 1 + n / incidents)
          .bind("owner", owner)
          .bind("due", due == null ? null : due.toString())
          .bind("status", status)
          .add();
      if (batch.size() == 10_000) {
        batch.execute();
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static String explain(Database db) {
    return db.jdbi()
        .withHandle(
            h -> {
              StringBuilder out = new StringBuilder();
              for (String sql :
                  List.of(
                      "SELECT a.id FROM action_items a JOIN incidents i ON i.id = a.incident_id"
                          + " WHERE a.status = 'OPEN' AND a.due_date < :day AND i.team_id = a.team_id",
                      "SELECT dedupe_key FROM outbox WHERE team_id = :teamId AND kind = 'reminder'"
                          + " AND dedupe_key IN ('U1/2026-11-24/reminder', 'U2/2026-11-24/reminder')",
                      "SELECT id FROM outbox WHERE state = 'PENDING' AND next_attempt_at <= 1")) {
                out.append(sql).append('\n');
                h.createQuery(
                        "EXPLAIN QUERY PLAN "
                            + sql.replace(":day", "'2026-11-25'").replace(":teamId", "'T0BENCH'"))
                    .mapToMap()
                    .list()
                    .forEach(row -> out.append("  ").append(row.get("detail")).append('\n'));
              }
              return out.toString();
            });
  }

  /** Slack is not measured here: the notifier only counts. */
  private static final class Counting implements ReminderNotifier {
    final AtomicInteger sent = new AtomicInteger();

    @Override
    public Delivery send(ReminderMessage message) {
      return new Delivery.Sent("D/" + sent.incrementAndGet());
    }

    @Override
    public Lookup findDelivered(ReminderKey key, Instant since) {
      return new Lookup.NotFound();
    }
  }

  /** Everyone works in Paris. */
  private static final class Paris implements UserDirectory {
    @Override
    public Optional<ZoneId> zone(String teamId, String userId) {
      return Optional.of(ZoneId.of("Europe/Paris"));
    }

    @Override
    public Optional<String> displayName(String teamId, String userId) {
      return Optional.empty();
    }
  }
}
