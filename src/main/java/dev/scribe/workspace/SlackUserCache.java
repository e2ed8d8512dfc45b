package dev.scribe.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@code users.info} (or {@code bots.info}) told us of each user, kept so that no request
 * waits on Slack for it: zones to read the times people type, roles to know who may change the
 * workspace's settings, names for drafts made offline.
 */
public interface SlackUserCache {

  /** The user as last fetched, if ever. */
  Optional<SlackUser> find(String teamId, String userId);

  /**
   * Keeps what Slack said of a user or bot with no role ({@code bots.info}), replacing what was
   * kept before.
   */
  void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt);

  /** Keeps what {@code users.info} said of a member, replacing what was kept before. */
  void saveMember(
      String teamId,
      String userId,
      String displayName,
      String tz,
      WorkspaceRole role,
      boolean deleted,
      boolean bot,
      Instant fetchedAt);

  /**
   * A cached user.
   *
   * @param displayName the name to show, or null
   * @param tz the IANA zone id Slack gave, or null
   * @param fetchedAt when Slack was asked
   * @param role their role in the workspace; null when not known (a bot from {@code bots.info}, a
   *     user cached before roles were)
   * @param deleted whether Slack says the account is deactivated; null when not known
   * @param bot whether it is a bot user; null when not known
   */
  record SlackUser(
      String teamId,
      String userId,
      String displayName,
      String tz,
      Instant fetchedAt,
      WorkspaceRole role,
      Boolean deleted,
      Boolean bot) {

    /** What {@code bots.info} tells: a name, nothing else. */
    public static SlackUser named(
        String teamId, String userId, String displayName, String tz, Instant fetchedAt) {
      return new SlackUser(teamId, userId, displayName, tz, fetchedAt, null, null, null);
    }
  }
}
