package dev.scribe.actions;

/**
 * What one sweep did.
 *
 * @param sent messages delivered by this sweep
 * @param recovered messages an earlier, vanished sweep had delivered, found in Slack and recorded
 * @param retrying messages that failed for now and will be retried
 * @param failed messages given up on
 * @param skipped reminders already sent, in flight elsewhere, or waiting for their retry time
 */
public record SweepReport(int sent, int recovered, int retrying, int failed, int skipped) {

  public static SweepReport empty() {
    return new SweepReport(0, 0, 0, 0, 0);
  }

  SweepReport plus(SweepReport o) {
    return new SweepReport(
        sent + o.sent,
        recovered + o.recovered,
        retrying + o.retrying,
        failed + o.failed,
        skipped + o.skipped);
  }

  /** "3 sent, 0 recovered, 1 retrying, 0 failed, 2 skipped". */
  @Override
  public String toString() {
    return sent
        + " sent, "
        + recovered
        + " recovered, "
        + retrying
        + " retrying, "
        + failed
        + " failed, "
        + skipped
        + " skipped";
  }
}
