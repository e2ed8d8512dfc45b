package dev.scribe.workspace;

import dev.scribe.timeline.Marker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one workspace uses Scribe.
 *
 * @param confirmationsInChannel true when recorded events are confirmed to the whole channel
 * @param reactions emoji name (no colons) → marker: the contract's defaults with this workspace's
 *     overrides applied
 * @param actionItemReactions emoji names (no colons) that record the tagged message as an action
 *     item: {@code memo} unless the workspace changed it; never also a marker's
 * @param postmortemDueDays days after an incident is resolved when its facilitator is reminded that
 *     the post-mortem is not Final yet; 0 means never
 */
public record WorkspaceSettings(
    boolean confirmationsInChannel,
    Map<String, Marker> reactions,
    Set<String> actionItemReactions,
    int postmortemDueDays) {

  /** Five days: a post-mortem is best written while the incident is fresh. */
  public static final int DEFAULT_POSTMORTEM_DUE_DAYS = 5;

  /** The longest wait that can be set: a quarter. */
  public static final int MAX_POSTMORTEM_DUE_DAYS = 90;

  /** The reaction that records an action item unless a workspace maps it otherwise. */
  public static final String DEFAULT_ACTION_ITEM_REACTION = "memo";

  /** A stored override that turns a reaction off. */
  public static final String OFF = "OFF";

  /** A stored override that makes a reaction record action items. */
  public static final String ACTION_ITEM = "ACTION";

  public WorkspaceSettings {
    reactions = Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
    actionItemReactions = Collections.unmodifiableSet(new LinkedHashSet<>(actionItemReactions));
    for (String reaction : actionItemReactions) {
      if (reactions.containsKey(reaction)) {
        throw new IllegalArgumentException(":" + reaction + ": cannot record two things");
      }
    }
    if (postmortemDueDays < 0 || postmortemDueDays > MAX_POSTMORTEM_DUE_DAYS) {
      throw new IllegalArgumentException("post-mortem due after " + postmortemDueDays + " days");
    }
  }

  /** These reactions, and post-mortems due after the default time. */
  public WorkspaceSettings(
      boolean confirmationsInChannel,
      Map<String, Marker> reactions,
      Set<String> actionItemReactions) {
    this(confirmationsInChannel, reactions, actionItemReactions, DEFAULT_POSTMORTEM_DUE_DAYS);
  }

  /** The same settings with post-mortems due {@code days} after resolution (0: never). */
  public WorkspaceSettings withPostmortemDueDays(int days) {
    return new WorkspaceSettings(confirmationsInChannel, reactions, actionItemReactions, days);
  }

  /** The defaults for action items, with these marker reactions. */
  public WorkspaceSettings(boolean confirmationsInChannel, Map<String, Marker> reactions) {
    this(
        confirmationsInChannel,
        reactions,
        reactions.containsKey(DEFAULT_ACTION_ITEM_REACTION)
            ? Set.of()
            : Set.of(DEFAULT_ACTION_ITEM_REACTION));
  }

  /**
   * The contract's defaults with a workspace's stored overrides applied.
   *
   * @param overrides reaction → a marker's name, {@link #OFF} or {@link #ACTION_ITEM}
   */
  public static WorkspaceSettings withOverrides(
      boolean confirmationsInChannel, Map<String, String> overrides) {
    Map<String, Marker> reactions = defaultReactions();
    Set<String> actionItems = new LinkedHashSet<>(Set.of(DEFAULT_ACTION_ITEM_REACTION));
    overrides.forEach(
        (reaction, meaning) -> {
          reactions.remove(reaction);
          actionItems.remove(reaction);
          if (ACTION_ITEM.equals(meaning)) {
            actionItems.add(reaction);
          } else if (!OFF.equals(meaning)) {
            reactions.put(reaction, Marker.valueOf(meaning));
          }
        });
    return new WorkspaceSettings(confirmationsInChannel, reactions, actionItems);
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
    return Optional.ofNullable(reactions.get(base(reaction)));
  }

  /** True when the reaction records the tagged message as an action item. */
  public boolean recordsActionItem(String reaction) {
    return actionItemReactions.contains(base(reaction));
  }

  private static String base(String reaction) {
    return reaction.replaceFirst("::skin-tone-\\d$", "");
  }
}
