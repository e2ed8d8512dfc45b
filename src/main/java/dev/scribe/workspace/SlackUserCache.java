package dev.scribe.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@code users.info} (or {@code bots.info}) told us of each user, kept so that drafts made
 * offline still show names and reminders know zones.
 */
public interface SlackUserCache {

  /** The user as last fetched, if ever. */
  Optional<SlackUser> find(String teamId, String userId);

  /** Keeps what Slack said of the user, replacing what was kept before. */
  void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt);

  /**
   * A cached user.
   *
   * @param displayName the name to show, or null
   * @param tz the IANA zone id Slack gave, or null
   * @param fetchedAt when Slack was asked
   */
  record SlackUser(
      String teamId, String userId, String displayName, String tz, Instant fetchedAt) {}
}
