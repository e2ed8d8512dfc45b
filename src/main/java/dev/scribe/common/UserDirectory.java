package dev.scribe.common;

import java.time.ZoneId;
import java.util.Optional;

/** What Scribe knows of a Slack user: backed by {@code users.info} with a cache. */
public interface UserDirectory {

  /** The user's own time zone, if Slack told us. */
  Optional<ZoneId> zone(String teamId, String userId);

  /** The user's display name, if known. */
  Optional<String> displayName(String teamId, String userId);

  /**
   * The display name if Scribe already knows it, without asking Slack: for answers that must go out
   * before Slack's three-second deadline, however many people a text names.
   */
  default Optional<String> knownDisplayName(String teamId, String userId) {
    return displayName(teamId, userId);
  }
}
