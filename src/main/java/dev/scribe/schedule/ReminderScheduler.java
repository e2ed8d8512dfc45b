package dev.scribe.schedule;

import dev.scribe.actions.SweepReport;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reminder sweep every interval on one daemon thread. A failed sweep is logged and the
 * next one runs as planned: the outbox makes a repeated sweep harmless.
 */
public final class ReminderScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

  private final Supplier<SweepReport> sweep;
  private final Duration interval;
  private final ScheduledExecutorService executor;

  /**
   * @param sweep one sweep, e.g. {@code reminderSweep::run}
   */
  public ReminderScheduler(Supplier<SweepReport> sweep, Duration interval) {
    this.sweep = sweep;
    this.interval = interval;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scribe-reminders");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts sweeping: the first sweep after {@code initialDelay}, then every interval. */
  public void start(Duration initialDelay) {
    executor.scheduleWithFixedDelay(
        this::sweepOnce, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void sweepOnce() {
    try {
      SweepReport report = sweep.get();
      if (report.enqueued() > 0) {
        LOG.info("Reminder sweep: {}", report);
      }
    } catch (RuntimeException e) {
      // Thrown out of the task, the exception would cancel every later sweep.
      LOG.error("Reminder sweep failed; the next one runs in {}", interval, e);
    }
  }

  /** Stops sweeping, letting a sweep under way finish for up to ten seconds. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
