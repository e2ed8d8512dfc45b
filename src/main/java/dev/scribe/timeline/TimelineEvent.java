package dev.scribe.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on an incident's timeline.
 *
 * @param id storage identity, unique across incidents
 * @param incidentId the incident it belongs to
 * @param number the event's stable number within its incident ({@code /pm edit N}); numbers are
 *     handed out in recording order and never reused, so a backdated event does not renumber others
 * @param occurredAt when it happened (UTC)
 * @param marker T1…T8 or NOTE
 * @param text what happened, as Slack text (may hold {@code <@U…>} mentions and links)
 * @param authorId Slack user who said it (the message author for reactions), or null if unknown
 * @param recordedBy Slack user who recorded it (the reactor for reactions)
 * @param source how it was recorded
 * @param permalink link to the Slack message it quotes, or null
 * @param recordedAt when Scribe stored it
 * @param sourceMessageDeleted true when the quoted Slack message was deleted afterwards; the words
 *     are kept
 */
public record TimelineEvent(
    long id,
    long incidentId,
    int number,
    Instant occurredAt,
    Marker marker,
    String text,
    String authorId,
    String recordedBy,
    EventSource source,
    String permalink,
    Instant recordedAt,
    boolean sourceMessageDeleted) {

  public TimelineEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (number < 1) {
      throw new IllegalArgumentException("event numbers start at 1: " + number);
    }
  }

  public Optional<String> author() {
    return Optional.ofNullable(authorId);
  }

  public Optional<String> link() {
    return Optional.ofNullable(permalink);
  }
}
