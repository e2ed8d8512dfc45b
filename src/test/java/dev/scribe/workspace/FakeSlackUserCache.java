package dev.scribe.workspace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The users.info cache in memory; passes {@link SlackUserCacheContract}. */
public final class FakeSlackUserCache implements SlackUserCache {

  private final Map<String, SlackUser> users = new ConcurrentHashMap<>();

  @Override
  public Optional<SlackUser> find(String teamId, String userId) {
    return Optional.ofNullable(users.get(teamId + "/" + userId));
  }

  @Override
  public void save(String teamId, String userId, String displayName, String tz, Instant fetchedAt) {
    // The database keeps instants to the millisecond.
    users.put(
        teamId + "/" + userId,
        SlackUser.named(teamId, userId, displayName, tz, fetchedAt.truncatedTo(ChronoUnit.MILLIS)));
  }

  @Override
  public void saveMember(
      String teamId,
      String userId,
      String displayName,
      String tz,
      WorkspaceRole role,
      boolean deleted,
      boolean bot,
      Instant fetchedAt) {
    users.put(
        teamId + "/" + userId,
        new SlackUser(
            teamId,
            userId,
            displayName,
            tz,
            fetchedAt.truncatedTo(ChronoUnit.MILLIS),
            role,
            deleted,
            bot));
  }
}
