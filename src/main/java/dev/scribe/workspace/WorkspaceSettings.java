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
 * @param postmortemDueDays days after an incident is resolved when its facilitator is reminded that
 *     the post-mortem is not Final yet; 0 means never
 */
public record WorkspaceSettings(
    boolean confirmationsInChannel, Map<String, Marker> reactions, int postmortemDueDays) {

  /** Five days: a post-mortem is best written while the incident is fresh. */
  public static final int DEFAULT_POSTMORTEM_DUE_DAYS = 5;

  /** The longest wait that can be set: a quarter. */
  public static final int MAX_POSTMORTEM_DUE_DAYS = 90;

  public WorkspaceSettings {
    reactions = Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
    if (postmortemDueDays < 0 || postmortemDueDays > MAX_POSTMORTEM_DUE_DAYS) {
      throw new IllegalArgumentException("post-mortem due after " + postmortemDueDays + " days");
    }
  }

  /** Settings with the default post-mortem due time. */
  public WorkspaceSettings(boolean confirmationsInChannel, Map<String, Marker> reactions) {
    this(confirmationsInChannel, reactions, DEFAULT_POSTMORTEM_DUE_DAYS);
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
