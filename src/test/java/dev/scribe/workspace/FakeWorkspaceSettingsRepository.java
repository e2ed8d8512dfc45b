package dev.scribe.workspace;

import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Workspace settings in memory; passes {@link WorkspaceSettingsRepositoryContract}. */
public final class FakeWorkspaceSettingsRepository implements WorkspaceSettingsRepository {

  private final Map<String, Boolean> confirmationsInChannel = new HashMap<>();
  private final Map<String, Map<String, Optional<Marker>>> mappings = new HashMap<>();

  @Override
  public synchronized WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
    Map<String, Marker> reactions = WorkspaceSettings.defaultReactions();
    mappings
        .getOrDefault(teamId, Map.of())
        .forEach(
            (reaction, marker) ->
                marker.ifPresentOrElse(
                    m -> reactions.put(reaction, m), () -> reactions.remove(reaction)));
    return new WorkspaceSettings(
        confirmationsInChannel.getOrDefault(teamId, confirmationsDefault), reactions);
  }

  @Override
  public synchronized void setConfirmationsInChannel(
      String teamId, boolean inChannel, String userId, Instant at) {
    confirmationsInChannel.put(teamId, inChannel);
  }

  @Override
  public synchronized void mapReaction(String teamId, String reaction, Optional<Marker> marker) {
    // In reaction order, as the database reads them.
    mappings.computeIfAbsent(teamId, t -> new TreeMap<>()).put(reaction, marker);
  }
}
