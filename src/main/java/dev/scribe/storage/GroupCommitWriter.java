package dev.scribe.storage;

import dev.scribe.common.BusyException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread writes for the whole process. It takes whatever work is waiting (oldest
 * first, at most {@link Limits#maxBatch} units), runs each unit in its own savepoint inside one
 * transaction, commits once (one fsync), and only then hands each caller its result. A unit that
 * throws is rolled back to its savepoint and its exception goes to its caller alone; the others
 * still commit. If the transaction itself fails (begin, commit, the connection), every unit of the
 * batch fails with nothing written.
 *
 * <p>Throughput grows with concurrency: while one batch commits, the next one queues. The queue is
 * bounded: work that cannot be queued, or that is still queued, within {@link Limits#maxWait} is
 * refused with {@link BusyException} (nothing written) rather than held in memory without limit. On
 * {@link #close()} the writer stops taking new work, commits all that is queued, then stops.
 *
 * <p>The writer's handle is bound to Jdbi's handle scope on its thread while a batch runs, so the
 * repositories' DAOs called inside the work use it. Work submitted from inside work (on the writer
 * thread) runs at once, in a savepoint of its own, never queued (which would deadlock).
 */
final class GroupCommitWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
  // A unit's savepoint, as kept statements: through JDBC's setSavepoint the driver formats and
  // prepares the SQL anew each time, twice per unit.
  private static final String SAVEPOINT_UNIT = "SAVEPOINT unit";
  private static final String RELEASE_UNIT = "RELEASE SAVEPOINT unit";
  private static final String ROLLBACK_TO_UNIT = "ROLLBACK TO SAVEPOINT unit";
  private static final String NESTED = "nested";
  private static final long POLL_MILLIS = 50;
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  /**
   * @param queueCapacity work waiting beyond this is refused after {@code maxWait}
   * @param maxBatch at most this many units share a commit, so one commit's latency stays bounded
   * @param maxWait how long a caller's work may wait to be taken before it is refused (Slack wants
   *     an answer within 3 s)
   */
  record Limits(int queueCapacity, int maxBatch, Duration maxWait) {
    static final Limits DEFAULT = new Limits(2_000, 256, Duration.ofMillis(2_000));
  }

  private final Jdbi jdbi;
  private final Limits limits;
  private final BlockingQueue<WriteUnit<?>> queue;
  private final DistributionSummary batchSizes;
  private final Timer queueWait;
  private final Timer commitTime;
  private final Runnable afterEachCommit;
  private volatile boolean closing;
  private volatile Thread thread;

  /**
   * @param afterEachCommit told of each durable commit, after its callers are answered; must not
   *     block (SQLite's checkpoints are requested this way)
   */
  GroupCommitWriter(Jdbi jdbi, Limits limits, MeterRegistry meters, Runnable afterEachCommit) {
    this.jdbi = jdbi;
    this.afterEachCommit = afterEachCommit;
    this.limits = limits;
    this.queue = new ArrayBlockingQueue<>(limits.queueCapacity());
    this.batchSizes =
        DistributionSummary.builder("scribe.db.write.batch.size")
            .description("Units of work committed together by the group-commit writer")
            .publishPercentileHistogram()
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
            .register(meters);
    this.queueWait =
        Timer.builder("scribe.db.write.queue.wait")
            .description("Time work waited for the group-commit writer to take it")
            .publishPercentileHistogram()
            .register(meters);
    this.commitTime =
        Timer.builder("scribe.db.write.batch.duration")
            .description("Time from a batch's begin to its durable commit")
            .publishPercentileHistogram()
            .register(meters);
    meters.gauge("scribe.db.write.queue.depth", queue, BlockingQueue::size);
  }

  <T> T submit(Supplier<T> work) {
    if (Thread.currentThread() == thread) {
      return nested(work);
    }
    if (closing) {
      throw new BusyException();
    }
    long now = System.nanoTime();
    long deadline = now + limits.maxWait().toNanos();
    WriteUnit<T> unit = new WriteUnit<>(work, now);
    boolean queued;
    try {
      queued = queue.offer(unit, limits.maxWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      queued = false;
    }
    if (!queued) {
      throw new BusyException();
    }
    start(); // after the offer: a writer that found the queue empty has stopped, or sees this unit
    return unit.await(deadline);
  }

  /** Work inside work: a savepoint of its own, so its failure undoes only itself. */
  private <T> T nested(Supplier<T> work) {
    Handle handle = jdbi.getHandleScope().get().getHandle();
    handle.savepoint(NESTED);
    try {
      T value = AfterCommit.collecting(work, AfterCommit.currentUnit());
      handle.releaseSavepoint(NESTED);
      return value;
    } catch (RuntimeException | Error e) {
      handle.rollbackToSavepoint(NESTED); // the savepoint ends with the transaction
      throw e;
    }
  }

  private synchronized void start() {
    if (thread == null && !closing) {
      thread = new Thread(this::loop, "scribe-db-writer");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Takes batches until the queue has stayed empty for a while (the next work starts a new thread,
   * so an idle Scribe, or a command-line run, keeps no writer), or until closed and drained.
   */
  private void loop() {
    List<WriteUnit<?>> batch = new ArrayList<>(limits.maxBatch());
    long idleSince = System.nanoTime();
    while (true) {
      WriteUnit<?> first;
      try {
        first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        first = null;
      }
      if (first == null) {
        if ((closing || System.nanoTime() - idleSince > IDLE_NANOS) && stopIfIdle()) {
          return;
        }
        continue;
      }
      batch.add(first);
      queue.drainTo(batch, limits.maxBatch() - 1);
      try {
        commit(batch);
      } catch (Throwable t) {
        // Never leave a caller waiting: a unit already answered keeps its answer.
        log.error("The database writer failed a batch of {}", batch.size(), t);
        batch.forEach(unit -> unit.failed(t));
      }
      batch.clear();
      idleSince = System.nanoTime();
    }
  }

  private synchronized boolean stopIfIdle() {
    if (!queue.isEmpty()) {
      return false;
    }
    thread = null;
    return true;
  }

  /** Runs the units that are still wanted in one transaction and reports to each caller. */
  private void commit(List<WriteUnit<?>> batch) {
    List<WriteUnit<?>> taken = new ArrayList<>(batch.size());
    long now = System.nanoTime();
    for (WriteUnit<?> unit : batch) {
      if (unit.take()) {
        taken.add(unit);
        queueWait.record(now - unit.queuedAtNanos, TimeUnit.NANOSECONDS);
      }
    }
    if (taken.isEmpty()) {
      return;
    }
    batchSizes.record(taken.size());
    Object[] values = new Object[taken.size()];
    Throwable[] failures = new Throwable[taken.size()];
    List<Runnable> afterCommit = new ArrayList<>();
    try {
      jdbi.useHandle(
          handle -> {
            handle.begin();
            try (Jdbc.KeptStatements kept = Jdbc.keepPrepared(handle.getConnection())) {
              runAll(kept, taken, values, failures, afterCommit);
              handle.commit();
            } catch (RuntimeException | Error e) {
              rollbackQuietly(handle, e);
              throw e;
            }
          });
    } catch (RuntimeException | Error e) {
      // Nothing of the batch was written: each unit reports its own failure if it had one, else
      // the transaction's.
      for (int i = 0; i < taken.size(); i++) {
        taken.get(i).failed(failures[i] != null ? failures[i] : e);
      }
      return;
    } finally {
      commitTime.record(System.nanoTime() - now, TimeUnit.NANOSECONDS);
    }
    runAfterCommit(afterCommit);
    for (int i = 0; i < taken.size(); i++) {
      if (failures[i] != null) {
        taken.get(i).failed(failures[i]);
      } else {
        taken.get(i).committed(values[i]);
      }
    }
    try {
      afterEachCommit.run();
    } catch (RuntimeException e) {
      log.error("The hook told of each commit failed", e);
    }
  }

  /**
   * Each unit in a savepoint of its own; a unit alone in its batch needs none, since the
   * transaction is then the unit. What the units that succeed want done after the commit is kept in
   * {@code afterCommit}.
   */
  private static void runAll(
      Jdbc.KeptStatements kept,
      List<WriteUnit<?>> units,
      Object[] values,
      Throwable[] failures,
      List<Runnable> afterCommit) {
    if (units.size() == 1) {
      values[0] = AfterCommit.collecting(units.get(0).work, afterCommit);
      return;
    }
    for (int i = 0; i < units.size(); i++) {
      kept.execute(SAVEPOINT_UNIT);
      try {
        values[i] = AfterCommit.collecting(units.get(i).work, afterCommit);
        kept.execute(RELEASE_UNIT);
      } catch (RuntimeException | Error e) {
        failures[i] = e;
        kept.execute(ROLLBACK_TO_UNIT); // the savepoint ends with the transaction
      }
    }
  }

  /**
   * Before the callers are answered, so that each sees the effects (a cache forgotten) of its own
   * commit. The data is durable by now: an action that fails is logged, never reported as the
   * write's failure.
   */
  private static void runAfterCommit(List<Runnable> actions) {
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        log.error("An action after a commit failed", e);
      }
    }
  }

  private static void rollbackQuietly(Handle handle, Throwable cause) {
    try {
      handle.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Stops taking work, commits what is queued, and waits for the writer to finish. */
  @Override
  public void close() {
    Thread writer;
    synchronized (this) {
      closing = true;
      writer = thread;
    }
    if (writer != null) {
      try {
        writer.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // Anything queued after the writer's last look was never taken: its callers learn so now.
    for (WriteUnit<?> unit = queue.poll(); unit != null; unit = queue.poll()) {
      unit.refuse();
    }
  }
}
