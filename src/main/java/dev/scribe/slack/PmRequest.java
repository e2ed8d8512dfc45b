package dev.scribe.slack;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Who typed a {@code /pm} command, where, and in which time zone.
 *
 * @param teamId Slack workspace
 * @param channelId channel the command was typed in
 * @param userId who typed it
 * @param userZone the user's Slack time zone (or the configured default when unknown)
 * @param triggerId lets a handler open a modal, may be null
 */
public record PmRequest(
    String teamId, String channelId, String userId, ZoneId userZone, String triggerId) {

  public PmRequest {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(userZone, "userZone");
  }
}
