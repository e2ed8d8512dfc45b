package dev.scribe.workspace;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workspace decided beyond its reactions: how long after a resolution typed events still
 * join the resolved incident, and which user group may change the workspace's settings besides its
 * admins and owners.
 *
 * @param lateEventWindow how long after an incident's resolution was recorded a {@code /pm event}
 *     typed in its channel still joins it; zero means never
 * @param adminGroup the user group whose members may change settings and templates, if one is set
 */
public record WorkspaceRules(Duration lateEventWindow, Optional<AdminGroup> adminGroup) {

  /**
   * Long enough for the follow-up notes of a day; short enough not to swallow the next incident.
   */
  public static final Duration DEFAULT_LATE_EVENT_WINDOW = Duration.ofHours(24);

  /** The longest window a workspace may choose. */
  public static final Duration MAX_LATE_EVENT_WINDOW = Duration.ofDays(30);

  public WorkspaceRules {
    Objects.requireNonNull(lateEventWindow, "lateEventWindow");
    Objects.requireNonNull(adminGroup, "adminGroup");
    if (lateEventWindow.isNegative() || lateEventWindow.compareTo(MAX_LATE_EVENT_WINDOW) > 0) {
      throw new IllegalArgumentException("late-event window out of range: " + lateEventWindow);
    }
  }

  /** The rules of a workspace that set none. */
  public static WorkspaceRules defaults() {
    return new WorkspaceRules(DEFAULT_LATE_EVENT_WINDOW, Optional.empty());
  }

  /**
   * A Slack user group, as a command names it ({@code <!subteam^S123|@incident-leads>}).
   *
   * @param id the group's id ({@code S…})
   * @param handle its handle without {@code @}, shown (never as a mention) in refusals
   */
  public record AdminGroup(String id, String handle) {
    public AdminGroup {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(handle, "handle");
      if (!id.matches("S[A-Z0-9]{2,}")) {
        throw new IllegalArgumentException("not a user group id: " + id);
      }
    }
  }
}
