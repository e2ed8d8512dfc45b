package dev.scribe.actions;

import dev.scribe.common.UserDirectory;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users and their zones, set by the test. */
public final class FakeUserDirectory implements UserDirectory {

  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  public FakeUserDirectory with(String userId, String zone) {
    zones.put(userId, ZoneId.of(zone));
    return this;
  }

  @Override
  public Optional<ZoneId> zone(String teamId, String userId) {
    return Optional.ofNullable(zones.get(userId));
  }

  @Override
  public Optional<String> displayName(String teamId, String userId) {
    return zones.containsKey(userId) ? Optional.of("user " + userId) : Optional.empty();
  }
}
