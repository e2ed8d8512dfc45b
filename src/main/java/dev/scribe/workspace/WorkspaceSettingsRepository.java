package dev.scribe.workspace;

import dev.scribe.timeline.Marker;
import java.time.Instant;
import java.util.Optional;

/** Per-workspace settings, over the defaults of the configuration. */
public interface WorkspaceSettingsRepository {

  /** The workspace's settings; {@code confirmationsDefault} applies where it set nothing. */
  WorkspaceSettings settings(String teamId, boolean confirmationsDefault);

  void setConfirmationsInChannel(String teamId, boolean inChannel, String userId, Instant at);

  /** Maps a reaction to a marker, or with an empty marker turns the reaction off. */
  void mapReaction(String teamId, String reaction, Optional<Marker> marker);

  /** Makes a reaction record the tagged message as an action item (and nothing else). */
  void mapReactionToActionItems(String teamId, String reaction);

  /**
   * Sets how many days after an incident is resolved its post-mortem is due (0: never reminded).
   */
  void setPostmortemDueDays(String teamId, int days, String userId, Instant at);
}
