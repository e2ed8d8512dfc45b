package dev.scribe.app;

import dev.scribe.actions.SweepReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reminder sweeps as operators watch them: {@code scribe_reminder_sweeps_total}, messages by
 * outcome ({@code scribe_reminder_messages_total{outcome=sent|recovered|retrying|failed|skipped}})
 * and the time of the last sweep.
 */
final class SweepMetrics {

  private final MeterRegistry meters;
  private final Counter sweeps;
  private final AtomicLong lastSweep = new AtomicLong();

  SweepMetrics(MeterRegistry meters) {
    this.meters = meters;
    this.sweeps =
        Counter.builder("scribe.reminder.sweeps")
            .description("Reminder sweeps run")
            .register(meters);
    meters.gauge("scribe.reminder.last.sweep.epoch.seconds", lastSweep, AtomicLong::doubleValue);
    for (String outcome : new String[] {"sent", "recovered", "retrying", "failed", "skipped"}) {
      messages(outcome);
    }
  }

  void record(SweepReport report) {
    sweeps.increment();
    lastSweep.set(System.currentTimeMillis() / 1000);
    messages("sent").increment(report.sent());
    messages("recovered").increment(report.recovered());
    messages("retrying").increment(report.retrying());
    messages("failed").increment(report.failed());
    messages("skipped").increment(report.skipped());
  }

  private Counter messages(String outcome) {
    return Counter.builder("scribe.reminder.messages")
        .description("Reminder and escalation messages by what the sweep did with them")
        .tag("outcome", outcome)
        .register(meters);
  }
}
