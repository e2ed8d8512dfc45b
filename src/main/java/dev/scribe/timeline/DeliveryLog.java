package dev.scribe.timeline;

import java.time.Instant;

/** Slack Events API deliveries already applied, so that a retried delivery is recorded once. */
public interface DeliveryLog {

  /** Notes the delivery; true the first time this event id is seen in the workspace. */
  boolean firstDelivery(String teamId, String eventId, Instant receivedAt);
}
