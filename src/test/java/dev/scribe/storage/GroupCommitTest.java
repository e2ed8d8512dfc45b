package dev.scribe.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scribe.common.BusyException;
import dev.scribe.common.UserFacingException;
import dev.scribe.incident.IncidentRepository;
import dev.scribe.incident.NewIncident;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The group-commit writer on both databases: concurrent work shares a commit, each unit in its own
 * savepoint; a caller is answered only after the commit; a full queue refuses with a clear "busy"
 * and writes nothing; close commits what is queued.
 */
class GroupCommitTest {

  static final String TEAM = "T1";
  static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");

  abstract static class On {
    private final Supplier<Database> open;
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Database db;
    private IncidentRepository incidents;

    On(Supplier<Database> open) {
      this.open = open;
    }

    @BeforeEach
    void openDatabase() {
      db = open.get();
      incidents = new JdbiIncidentRepository(db.jdbi());
    }

    @AfterEach
    void close() {
      callers.shutdownNow();
      db.close();
    }

    private JdbiTransactor transactor(int queue, Duration maxWait) {
      return new JdbiTransactor(
          db.jdbi(), new GroupCommitWriter.Limits(queue, 64, maxWait), meters);
    }

    private Runnable declare(String channel) {
      return () -> incidents.create(new NewIncident(TEAM, channel, channel, null, "U1", NOW));
    }

    private long incidentCount() {
      return db.jdbi()
          .withHandle(h -> h.createQuery("SELECT count(*) FROM incidents").mapTo(Long.class).one());
    }

    /** Holds the writer inside a unit of work until released, so that others queue behind it. */
    private CountDownLatch holdWriter(JdbiTransactor tx, CountDownLatch inside) {
      CountDownLatch release = new CountDownLatch(1);
      callers.submit(
          () ->
              tx.run(
                  () -> {
                    inside.countDown();
                    await(release);
                  }));
      await(inside);
      return release;
    }

    @Test
    void queuedWorkSharesOneCommitAndAFailingUnitUndoesOnlyItself() throws Exception {
      try (JdbiTransactor tx = transactor(100, Duration.ofSeconds(10))) {
        declare("C-taken").run();
        CountDownLatch release = holdWriter(tx, new CountDownLatch(1));
        List<Future<?>> fine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          String channel = "C" + i;
          fine.add(callers.submit(() -> tx.run(declare(channel))));
        }
        // One unit writes, then fails: a user's mistake found after a write.
        Future<?> failing =
            callers.submit(
                () ->
                    tx.run(
                        () -> {
                          declare("C-failing").run();
                          throw new UserFacingException("no such thing");
                        }));
        // One breaks a constraint: a second open incident in a channel.
        Future<?> clashing = callers.submit(() -> tx.run(declare("C-taken")));
        awaitQueued(tx, 7);
        release.countDown();

        for (Future<?> f : fine) {
          f.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> clashing.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(IncidentRepository.AlreadyOpenException.class);
        assertThat(incidentCount()).isEqualTo(6);
        assertThat(incidents.openIn(TEAM, "C-failing")).isEmpty();
        // The seven queued units were one batch behind the held one.
        assertThat(meters.get("scribe.db.write.batch.size").summary().max()).isEqualTo(7);
      }
    }

    @Test
    void whatAUnitAsksToBeDoneAfterTheCommitIsDoneOnlyIfThatUnitCommits() throws Exception {
      try (JdbiTransactor tx = transactor(100, Duration.ofSeconds(10))) {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = holdWriter(tx, new CountDownLatch(1));
        // Shares the batch with the next one, then fails: rolled back to its own savepoint.
        Future<?> failing =
            callers.submit(
                () ->
                    tx.run(
                        () -> {
                          declare("C1").run();
                          AfterCommit.run(db.jdbi(), () -> done.add("failed unit"));
                          throw new UserFacingException("no such thing");
                        }));
        Future<List<String>> committed =
            callers.submit(
                () -> {
                  tx.run(
                      () -> {
                        declare("C2").run();
                        AfterCommit.run(db.jdbi(), () -> done.add("committed unit"));
                        try {
                          tx.run(
                              () -> {
                                AfterCommit.run(db.jdbi(), () -> done.add("failed nested work"));
                                throw new UserFacingException("nested");
                              });
                        } catch (UserFacingException expected) {
                          // the unit goes on without it
                        }
                        tx.run(() -> AfterCommit.run(db.jdbi(), () -> done.add("nested work")));
                      });
                  return List.copyOf(done); // what had been done when this caller was answered
                });
        awaitQueued(tx, 2);
        release.countDown();

        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(UserFacingException.class);
        assertThat(committed.get(10, TimeUnit.SECONDS))
            .containsExactly("committed unit", "nested work");
        assertThat(done).containsExactly("committed unit", "nested work");
        assertThat(meters.get("scribe.db.write.batch.size").summary().max()).isEqualTo(2);
      }
    }

    @Test
    void aCallerIsAnsweredOnlyAfterItsWorkIsCommitted() throws Exception {
      try (JdbiTransactor tx = transactor(100, Duration.ofSeconds(10))) {
        List<Future<Long>> seen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String channel = "C" + i;
          seen.add(
              callers.submit(
                  () -> {
                    tx.run(declare(channel));
                    // Another connection sees it the moment the caller is answered.
                    return incidents.openIn(TEAM, channel).map(x -> 1L).orElse(0L);
                  }));
        }
        long visible = 0;
        for (Future<Long> f : seen) {
          visible += f.get(30, TimeUnit.SECONDS);
        }
        assertThat(visible).isEqualTo(40);
      }
    }

    @Test
    void workInsideWorkRunsAtOnceAndItsFailureUndoesOnlyItself() {
      try (JdbiTransactor tx = transactor(100, Duration.ofSeconds(10))) {
        String outcome =
            tx.inTransaction(
                () -> {
                  declare("C1").run();
                  try {
                    tx.run(declare("C1")); // nested: breaks the one-open-incident rule
                  } catch (IncidentRepository.AlreadyOpenException expected) {
                    // The outer work goes on; on PostgreSQL only a savepoint makes that possible.
                  }
                  tx.run(declare("C2"));
                  return "done";
                });
        assertThat(outcome).isEqualTo("done");
        assertThat(incidentCount()).isEqualTo(2);
      }
    }

    @Test
    void aFullQueueRefusesWorkWithBusyAndWritesNothingOfIt() throws Exception {
      try (JdbiTransactor tx = transactor(1, Duration.ofMillis(300))) {
        CountDownLatch release = holdWriter(tx, new CountDownLatch(1));
        Future<?> queued = callers.submit(() -> tx.run(declare("C1")));
        awaitQueued(tx, 1);
        long started = System.nanoTime();
        assertThatThrownBy(() -> tx.run(declare("C2"))).isInstanceOf(BusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        // The queued unit waits past its own deadline, is abandoned, and never runs.
        assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(BusyException.class);
        release.countDown();
        tx.run(() -> {}); // the writer has passed the abandoned unit
        assertThat(incidentCount()).isZero();
      }
    }

    @Test
    void closeCommitsWhatIsQueuedThenRefusesNewWork() throws Exception {
      JdbiTransactor tx = transactor(100, Duration.ofSeconds(10));
      CountDownLatch release = holdWriter(tx, new CountDownLatch(1));
      List<Future<?>> queued = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String channel = "C" + i;
        queued.add(callers.submit(() -> tx.run(declare(channel))));
      }
      awaitQueued(tx, 10);
      CompletableFuture<Void> closing = CompletableFuture.runAsync(tx::close);
      release.countDown();
      closing.get(30, TimeUnit.SECONDS);
      for (Future<?> f : queued) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(incidentCount()).isEqualTo(10);
      assertThatThrownBy(() -> tx.run(declare("late"))).isInstanceOf(BusyException.class);
    }

    private void awaitQueued(JdbiTransactor tx, int units) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (meters.get("scribe.db.write.queue.depth").gauge().value() < units) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(5);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
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
