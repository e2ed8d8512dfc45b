package dev.scribe.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * The words of each typed {@code /pm event} and the event they recorded, so that the same words
 * typed again moments later (Slack showed the first as failed, say) are recognised as a retype.
 */
public interface TypedCommands {

  /**
   * The live event that the same text from the same person in the channel recorded at or after
   * {@code since}, if any.
   */
  Optional<Recorded> recordedSince(
      String teamId, String channelId, String userId, String text, Instant since);

  /** Notes that the text recorded the event. */
  void remember(
      String teamId, String channelId, String userId, String text, long eventId, Instant at);

  /**
   * Forgets every command received before {@code before}, in every workspace: once past the retype
   * window a command's words serve nothing, and they are a copy of what was typed, kept after its
   * event is deleted. Housekeeping by age alone; it reads nothing back.
   *
   * @return how many were forgotten
   */
  int forgetBefore(Instant before);

  /** Where an earlier command's event is. */
  record Recorded(long incidentId, int number) {}
}
