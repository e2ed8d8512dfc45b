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
  private final Map<String, Integer> postmortemDueDays = new HashMap<>();

  /** Reaction → a marker's name, OFF or ACTION, as the database stores them. */
  private final Map<String, Map<String, String>> mappings = new HashMap<>();

  @Override
  public synchronized WorkspaceSettings settings(String teamId, boolean confirmationsDefault) {
    return WorkspaceSettings.withOverrides(
            confirmationsInChannel.getOrDefault(teamId, confirmationsDefault),
            mappings.getOrDefault(teamId, Map.of()))
        .withPostmortemDueDays(
            postmortemDueDays.getOrDefault(teamId, WorkspaceSettings.DEFAULT_POSTMORTEM_DUE_DAYS));
  }

  @Override
  public synchronized void setPostmortemDueDays(
      String teamId, int days, String userId, Instant at) {
    postmortemDueDays.put(teamId, days);
  }

  @Override
  public synchronized void setConfirmationsInChannel(
      String teamId, boolean inChannel, String userId, Instant at) {
    confirmationsInChannel.put(teamId, inChannel);
  }

  @Override
  public synchronized void mapReaction(String teamId, String reaction, Optional<Marker> marker) {
    // In reaction order, as the database reads them.
    mappings
        .computeIfAbsent(teamId, t -> new TreeMap<>())
        .put(reaction, marker.map(Marker::name).orElse(WorkspaceSettings.OFF));
  }

  @Override
  public synchronized void mapReactionToActionItems(String teamId, String reaction) {
    mappings
        .computeIfAbsent(teamId, t -> new TreeMap<>())
        .put(reaction, WorkspaceSettings.ACTION_ITEM);
  }
}
