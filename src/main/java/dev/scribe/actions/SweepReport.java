package dev.scribe.actions;

/**
 * What one sweep did. Sending is the outbox's work: see {@code outbox.DeliveryReport}.
 *
 * @param enqueued reminders, escalations and digests planned and put in the outbox by this sweep
 * @param skipped those planned but already in the outbox (sent, waiting or in flight)
 */
public record SweepReport(int enqueued, int skipped) {

  public static SweepReport empty() {
    return new SweepReport(0, 0);
  }

  SweepReport plus(SweepReport o) {
    return new SweepReport(enqueued + o.enqueued, skipped + o.skipped);
  }

  /** "3 enqueued, 2 already in the outbox". */
  @Override
  public String toString() {
    return enqueued + " enqueued, " + skipped + " already in the outbox";
  }
}
