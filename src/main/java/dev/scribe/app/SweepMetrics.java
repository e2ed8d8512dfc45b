package dev.scribe.app;

import dev.scribe.actions.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reminder sweeps as operators watch them: {@code scribe_reminder_sweeps_total}, reminders planned
 * by outcome ({@code scribe_reminder_planned_total{outcome=enqueued|already_queued}}: sending is
 * the outbox's, see {@code scribe_outbox_messages}) and the time of the last sweep.
 */
final class SweepMetrics {

  private final Counter sweeps;
  private final Counter enqueued;
  private final Counter alreadyQueued;
  private final AtomicLong lastSweep = new AtomicLong();

  SweepMetrics(MeterRegistry meters) {
    this.sweeps =
        Counter.builder("scribe.reminder.sweeps")
            .description("Reminder sweeps run")
            .register(meters);
    this.enqueued = planned(meters, "enqueued");
    this.alreadyQueued = planned(meters, "already_queued");
    meters.gauge("scribe.reminder.last.sweep.epoch.seconds", lastSweep, AtomicLong::doubleValue);
  }

  void record(SweepReport report) {
    sweeps.increment();
    lastSweep.set(System.currentTimeMillis() / 1000);
    enqueued.increment(report.enqueued());
    alreadyQueued.increment(report.skipped());
  }

  private static Counter planned(MeterRegistry meters, String outcome) {
    return Counter.builder("scribe.reminder.planned")
        .description(
            "Reminders, escalations and digests a sweep planned: put in the outbox, or already there")
        .tag("outcome", outcome)
        .register(meters);
  }
}
