package dev.scribe.workspace;

import dev.scribe.timeline.Marker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one workspace uses Scribe.
 *
 * @param confirmationsInChannel true when recorded events are confirmed to the whole channel
 * @param reactions emoji name (no colons) → marker: the contract's defaults with this workspace's
 *     overrides applied
 */
public record WorkspaceSettings(boolean confirmationsInChannel, Map<String, Marker> reactions) {

  public WorkspaceSettings {
    reactions = Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
  }

  /** The contract's default reaction of each marker. */
  public static Map<String, Marker> defaultReactions() {
    Map<String, Marker> defaults = new LinkedHashMap<>();
    for (Marker marker : Marker.values()) {
      defaults.put(marker.defaultReaction(), marker);
    }
    return defaults;
  }

  /**
   * The marker a reaction stands for. Skin-tone variants ({@code thumbsup::skin-tone-2}) count as
   * their base emoji.
   */
  public Optional<Marker> markerFor(String reaction) {
    String base = reaction.replaceFirst("::skin-tone-\\d$", "");
    return Optional.ofNullable(reactions.get(base));
  }
}
