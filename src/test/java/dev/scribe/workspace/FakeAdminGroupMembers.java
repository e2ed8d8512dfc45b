package dev.scribe.workspace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Admin groups' members in memory; passes {@link AdminGroupMembersContract}. */
public final class FakeAdminGroupMembers implements AdminGroupMembers {

  private record Listed(Set<String> members, Instant at) {}

  private final Map<String, Listed> groups = new ConcurrentHashMap<>();

  @Override
  public Optional<Boolean> includes(String teamId, String groupId, String userId) {
    return Optional.ofNullable(groups.get(teamId + "/" + groupId))
        .map(l -> l.members().contains(userId));
  }

  @Override
  public Optional<Instant> fetchedAt(String teamId, String groupId) {
    return Optional.ofNullable(groups.get(teamId + "/" + groupId)).map(Listed::at);
  }

  @Override
  public void replace(String teamId, String groupId, Collection<String> userIds, Instant at) {
    groups.put(
        teamId + "/" + groupId, new Listed(Set.copyOf(userIds), at.truncatedTo(ChronoUnit.MILLIS)));
  }
}
