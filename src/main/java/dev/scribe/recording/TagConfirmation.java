package dev.scribe.recording;

import dev.scribe.outbox.MessageKind;
import dev.scribe.outbox.RetryPolicy;
import dev.scribe.timeline.Marker;
import java.time.Duration;
import java.util.Objects;

/**
 * The tagger's private note that the message they tagged is on the timeline, owed from the moment
 * the tag is stored (in the same transaction).
 *
 * @param channelId where the message and the tagger are
 * @param userId the tagger
 * @param incidentPublicId the incident it was recorded on
 * @param eventNumber the event's number there
 * @param marker the event's marker
 */
public record TagConfirmation(
    String channelId, String userId, String incidentPublicId, int eventNumber, Marker marker) {

  /** A stale note is noise: tried for an hour at most, and nobody is told if it never arrives. */
  public static final MessageKind<TagConfirmation> KIND =
      new MessageKind<>(
          "tag-confirmation",
          TagConfirmation.class,
          new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), 100, Duration.ofHours(1)));

  public TagConfirmation {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(incidentPublicId, "incidentPublicId");
    Objects.requireNonNull(marker, "marker");
  }
}
