package dev.scribe.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * An event about to be recorded; storage gives it an id and the incident's next number.
 *
 * @param sourceChannelId channel of the tagged Slack message (reactions), or null
 * @param sourceTs ts of the tagged Slack message (reactions), or null
 * @param awaitingMessage true while the tagged message's text and author are still to be fetched
 */
public record NewEvent(
    Instant occurredAt,
    Marker marker,
    String text,
    String authorId,
    String recordedBy,
    EventSource source,
    String sourceChannelId,
    String sourceTs,
    String permalink,
    Instant recordedAt,
    boolean awaitingMessage) {

  public NewEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** An event typed by a responder. */
  public static NewEvent typed(
      Instant occurredAt, Marker marker, String text, String userId, Instant now) {
    return new NewEvent(
        occurredAt,
        marker,
        text,
        userId,
        userId,
        EventSource.COMMAND,
        null,
        null,
        null,
        now,
        false);
  }
}
