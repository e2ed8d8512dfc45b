package dev.scribe.outbox;

/**
 * What a round of deliveries did.
 *
 * @param sent messages delivered
 * @param recovered messages an earlier attempt had delivered, found (or taken as delivered) and
 *     recorded without sending again
 * @param retrying messages that failed for now and will be tried again
 * @param failed messages given up
 * @param skipped messages with nothing left to send
 */
public record DeliveryReport(int sent, int recovered, int retrying, int failed, int skipped) {

  public static DeliveryReport empty() {
    return new DeliveryReport(0, 0, 0, 0, 0);
  }

  static DeliveryReport ofSent() {
    return new DeliveryReport(1, 0, 0, 0, 0);
  }

  static DeliveryReport ofRecovered() {
    return new DeliveryReport(0, 1, 0, 0, 0);
  }

  static DeliveryReport ofRetrying() {
    return new DeliveryReport(0, 0, 1, 0, 0);
  }

  static DeliveryReport ofFailed() {
    return new DeliveryReport(0, 0, 0, 1, 0);
  }

  static DeliveryReport ofSkipped() {
    return new DeliveryReport(0, 0, 0, 0, 1);
  }

  public DeliveryReport plus(DeliveryReport o) {
    return new DeliveryReport(
        sent + o.sent,
        recovered + o.recovered,
        retrying + o.retrying,
        failed + o.failed,
        skipped + o.skipped);
  }

  /** Whether anything happened worth a log line. */
  public boolean isEmpty() {
    return sent + recovered + retrying + failed + skipped == 0;
  }

  /** "3 sent, 0 recovered, 1 retrying, 0 failed, 0 skipped". */
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
